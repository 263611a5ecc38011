#pragma once

#include <QString>

namespace genlab::metrics {

// The parts of EvaluationFigures, each measured on its own: a run's verdict has only the parts
// its figures are in measured while it trains.
enum class FigurePart { Coverage, TestLoss, Images };

// The names the evaluation figures are printed and keyed under (`genlab eval`, a comparison's
// last column, the Compare tab's quantity choice). Qt-only, so that the window's panels, which
// never see a tensor, spell them from the same place as EvaluationFigures.
struct EvaluationFigureNames {
    static inline const QString kModes = QStringLiteral("modes");
    static inline const QString kHq = QStringLiteral("hq");
    static inline const QString kRkl = QStringLiteral("rkl");
    static inline const QString kTopTwoShare = QStringLiteral("top2_share");
    static inline const QString kTestLoss = QStringLiteral("test_loss");
    static inline const QString kTestRecon = QStringLiteral("test_recon");
    static inline const QString kTestKl = QStringLiteral("test_kl");
    static inline const QString kSharpness = QStringLiteral("sharpness");
    static inline const QString kDiversity = QStringLiteral("diversity");
    static inline const QString kClassesCovered = QStringLiteral("classes_covered");
    static inline const QString kClassKl = QStringLiteral("class_kl");
    static inline const QString kClassifierFrechet = QStringLiteral("classifier_frechet");
    static inline const QString kConfidentShare = QStringLiteral("confident_share");
    // The part a figure is in (a name of none of them: Images, where it is then not found).
    static FigurePart partOf(const QString& name)
    {
        if (name == kModes || name == kHq || name == kRkl || name == kTopTwoShare)
            return FigurePart::Coverage;
        if (name.startsWith(QLatin1String("test_"))) // test_loss, test_recon, test_kl, test_kl_zN
            return FigurePart::TestLoss;
        return FigurePart::Images;
    }
    // test_kl_z0, test_kl_z1, ...: the test KL of each latent dimension.
    static QString testKlOfDimension(int dimension)
    {
        return kTestKl + QStringLiteral("_z%1").arg(dimension);
    }
};

} // namespace genlab::metrics
