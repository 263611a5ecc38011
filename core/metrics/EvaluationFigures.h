#pragma once

#include "EvaluationFigureNames.h"
#include "ImageFigures.h"
#include "ModeCoverage.h"
#include "VaeTestLoss.h"
#include "models/StepMetrics.h"

#include <QString>

#include <optional>

namespace genlab::metrics {

// The figures a run is judged by once trained (Trainer::evaluate, `genlab eval`, the last
// column of a comparison): the mode coverage on a 2-D Gaussian mixture, the held-out loss of a
// VAE. One typed value, so that no one parses them back from text; the names they are printed
// under are spelled once, in EvaluationFigureNames.
struct EvaluationFigures : EvaluationFigureNames {
    std::optional<ModeCoverageResult> coverage; // ring8 and grid25
    std::optional<VaeTestLossResult> testLoss;  // a VAE on data with a test split
    std::optional<ImageFigures> images;         // any model of images

    bool isEmpty() const { return !coverage && !testLoss && !images; }
    // (name, value) in print order: modes, hq, rkl, top2_share, then test_loss, test_recon, test_kl and
    // test_kl_z0, test_kl_z1, ... (one per latent dimension), then sharpness, diversity and,
    // with a classifier, classes_covered, class_kl, classifier_frechet.
    models::StepMetrics namedValues() const;
};

} // namespace genlab::metrics
