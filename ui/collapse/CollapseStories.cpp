#include "CollapseStories.h"

namespace genlab::ui {

QString CollapseStories::explanation(const QString& presetName)
{
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
    if (presetName == QLatin1String("pacgan-ring8"))
        return tr("<b>Fix it with packing (PacGAN).</b> The discriminator judges four points at once, all "
                  "real or all generated. A collapsed generator can only hand it four look-alikes, which "
                  "real packs never are, so collapse is what it rejects first: the orange points spread "
                  "along the whole ring and modes covered climbs to seven or eight while the top-two "
                  "share falls. Set Packing m to 1 (Reset first) and train again: the same plain GAN "
                  "collapses onto one mode. The points settle onto the modes far more slowly than they "
                  "spread (hq stays near 0.01 in this run).");
    if (presetName == QLatin1String("saturating-gan-ring8"))
        return tr(
            "<b>Vanishing gradients.</b> The original generator loss log(1 - D(G(z))) is flat where the "
            "discriminator is sure a point is fake, and here the discriminator learns twenty times faster "
            "than the generator. Watch the lower plot: grad_g, the gradient norm reaching the generator "
            "(log scale), falls to a few thousandths within 50 steps and stays there, while "
            "D(G(z)) sinks towards 0. The generated points sit in a small blob inside the ring and hardly "
            "move; modes covered stays at 0. Plain SGD is used, as in the original GAN paper, because Adam "
            "rescales even tiny gradients and would hide the stall. Now set Generator loss to "
            "non_saturating (Reset first) and train again: -log D(G(z)) is steep exactly there, so grad_g "
            "stays between 5 and 10, a thousand times higher, and the points move at once (into one "
            "collapsed blob: this discriminator is too strong for either loss to learn the ring).");
    return QString();
}

} // namespace genlab::ui
