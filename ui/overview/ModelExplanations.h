#pragma once

#include <QCoreApplication>
#include <QString>

namespace genlab::ui {

// Short explanations for the info panel beside the model overview: what a model is and why it
// behaves as it does (a VAE blurs, a GAN is sharp, collapse, vanishing gradients, the
// Wasserstein critic, the VI regulariser), and what each box of its diagram is. Rich text,
// translated like every other text of the window.
class ModelExplanations
{
    Q_DECLARE_TR_FUNCTIONS(genlab::ui::ModelExplanations)

public:
    static QString ofModel(const QString& kind);
    // Empty for an unknown box.
    static QString ofBox(const QString& kind, const QString& boxId);
    // A quantity the models report (loss_d, d_real, grad_g, kl, ...) or an evaluation figure
    // (modes, hq, rkl); empty for a name without an explanation.
    static QString ofMetric(const QString& name);
    // The reported quantities in the order the panel lists them.
    static QStringList metricOrder();
};

} // namespace genlab::ui
