#include "CollapseStories.h"

#include <QCoreApplication>

namespace genlab::ui {

QString CollapseStories::explanation(const QString& presetName)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("CollapseStories", text); };
    if (presetName == QLatin1String("gan-collapse-ring8"))
        return tr("<b>Watch a GAN collapse.</b> A plain GAN on eight Gaussians: the orange generated points "
                  "form one blob that sits on one mode at best and wanders between them, while the "
                  "discriminator's heat map (red where it says \"real\") tilts away from wherever the "
                  "points are. Modes covered stays at one or two, and the bars show one mode getting "
                  "the points.");
    if (presetName == QLatin1String("wgan-gp-ring8"))
        return tr("<b>Fix it with WGAN-GP.</b> The same eight Gaussians with a Wasserstein critic kept "
                  "1-Lipschitz by a gradient penalty: the critic is high along the ring and smooth "
                  "everywhere, so it pulls the generated points onto the ring as a whole instead of onto "
                  "one mode; coverage climbs as they gather on the modes (tick Gradient arrows to see "
                  "the pull).");
    if (presetName == QLatin1String("vigan-ring8"))
        return tr("<b>Fix it with the VI regulariser.</b> The generator pays lambda |G(z) - G_old(z)|^2 for "
                  "moving away from its own copy of a few steps ago, so it cannot jump wholesale to "
                  "whichever mode the discriminator favours now: the points spread over all eight modes "
                  "and stay there.");
    if (presetName == QLatin1String("saturating-gan-ring8"))
        return tr(
            "<b>Vanishing gradients.</b> The original generator loss log(1 - D(G(z))) is flat where the "
            "discriminator is sure a point is fake. Watch the lower plot: the gradient norm reaching "
            "the generator (log scale) falls towards zero as the discriminator gains the upper hand, "
            "and the generated points move ever more slowly.");
    return QString();
}

} // namespace genlab::ui
