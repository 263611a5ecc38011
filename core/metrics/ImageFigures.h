#pragma once

#include "ImageCoverageFrame.h"

#include <optional>

namespace genlab::snapshot {
class ModelSnapshot;
}

namespace genlab::metrics {

class ImageCoverageMeter;

// What an image model's samples are judged by (`genlab eval`, the Compare tab): sharpness and
// diversity always; with a classifier, the classes covered, the class histogram's KL to
// uniform and the classifier Frechet distance. Sharpness alone rewards noise (speckle scores
// above real images), which is why the class figures sit beside it.
struct ImageFigures {
    static constexpr int kSampleCount = 64;         // the sharpness batch
    static constexpr quint64 kSharpnessSeed = 4242; // its fixed noise

    double sharpness = 0.0;
    double diversity = 0.0;
    std::optional<ImageCoverageFrame> classes; // with a classifier only

    // `meter` may be null (no classifier for the data): diversity then comes from the
    // sharpness batch.
    static ImageFigures measure(const snapshot::ModelSnapshot& snapshot, const ImageCoverageMeter* meter);
};

} // namespace genlab::metrics
