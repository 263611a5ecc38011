#include "CollapseStories.h"

#include <QCoreApplication>

namespace genlab::ui {

QString CollapseStories::explanation(const QString& presetName)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("CollapseStories", text); };
    if (presetName == QLatin1String("gan-collapse-ring8"))
        return tr("<b>Watch a GAN collapse.</b> A plain GAN on eight Gaussians: the orange generated points "
                  "gather on one or two modes and hop between them, and the red region of the "
                  "discriminator's heat map (where it says \"real\") chases them from mode to mode. The "
                  "modes-covered curve falls; the alarm marks the drop.");
    if (presetName == QLatin1String("wgan-gp-ring8"))
        return tr("<b>Fix it with WGAN-GP.</b> The same eight Gaussians with a Wasserstein critic kept "
                  "1-Lipschitz by a gradient penalty: the critic's surface stays smooth, its gradient "
                  "points every generated point towards a mode, and all eight modes stay covered.");
    if (presetName == QLatin1String("vigan-ring8"))
        return tr("<b>Fix it with the VI regulariser.</b> The generator pays lambda |G(z) - G_old(z)|^2 for "
                  "moving away from its own copy of a few steps ago, so it cannot jump wholesale to "
                  "whichever mode the discriminator favours now: the points spread over all eight modes "
                  "and stay there.");
    if (presetName == QLatin1String("saturating-gan-ring8"))
        return tr("<b>Vanishing gradients.</b> The original generator loss log(1 - D(G(z))) saturates once "
                  "the discriminator wins: D(G(z)) is near 0, the gradient reaching the generator "
                  "(grad_g on the Training tab) falls towards zero and the generated points barely move.");
    return QString();
}

} // namespace genlab::ui
