#include "ModelExplanations.h"

namespace genlab::ui {

QString ModelExplanations::ofModel(const QString& kind)
{
    if (kind == QLatin1String("vae"))
        return tr(
            "<h3>Variational autoencoder</h3><p>The encoder maps an image x to a Gaussian q(z|x) with mean "
            "mu "
            "and spread sigma; a code is drawn from it as z = mu + sigma * eps (the reparameterisation, "
            "so that gradients flow through the draw) and the decoder maps z back to x_hat. The loss is "
            "the reconstruction error plus beta times KL(q(z|x) || N(0, I)).</p><p><b>Why it blurs.</b> "
            "The reconstruction is a pointwise loss: when several images are plausible for one z, the "
            "cheapest answer is their average, which lies between them, off the set of real images. That "
            "average is the blur you see in the samples.</p>");
    if (kind == QLatin1String("wgan") || kind == QLatin1String("wgan-gp"))
        return tr(
            "<h3>Wasserstein GAN</h3><p>The critic f gives a score, not a probability. Trained to make "
            "f(x) - f(G(z)) large while staying 1-Lipschitz (weight clipping in WGAN, a gradient penalty "
            "in WGAN-GP), that difference estimates the Wasserstein-1 distance between the real and the "
            "generated distributions. Unlike the GAN's discriminator it does not saturate: even when the "
            "two are far apart, the critic slopes towards the data and the generator keeps a useful "
            "gradient. That is the Wasserstein fix for vanishing gradients and a brake on mode "
            "collapse.</p>");
    if (kind == QLatin1String("vigan"))
        return tr(
            "<h3>GAN with the VI regulariser</h3><p>A plain GAN whose generator also pays lambda * "
            "||G(z) - G_old(z)||^2, with G_old a frozen copy refreshed every k generator steps. Read as "
            "variational inference, the term keeps each update of G close to the last; in practice it is "
            "a brake: G cannot move all its points at once to whichever mode the discriminator favours "
            "at the moment, so it stops chasing modes one after another and spreads over all of "
            "them.</p>");
    if (kind == QLatin1String("vae-gan"))
        return tr("<h3>VAE-GAN</h3><p>One network is both the VAE's decoder and the GAN's generator. The "
                  "reconstruction is measured in the feature space of the discriminator instead of pixel by "
                  "pixel, so the decoder is asked for images that the discriminator finds alike, not for the "
                  "pixel average: the VAE's encoder with the GAN's sharpness.</p>");
    return tr(
        "<h3>Generative adversarial network</h3><p>The generator G turns noise z into samples; the "
        "discriminator D learns to tell them from real data, and G learns to fool it. G never sees the "
        "data: it only follows D's gradient.</p><p><b>Why it is sharp.</b> D judges whole samples "
        "against the data distribution, so a blurred average is easy to reject: G is pushed onto the "
        "data, not between it.</p><p><b>Mode collapse.</b> Nothing asks G to cover every mode: sending "
        "every z near one point that D currently accepts is a fine answer for G, until D learns to "
        "reject it and G jumps to another. <b>Non-convergence</b>: the two chase each other instead of "
        "settling. <b>Vanishing gradient</b>: with the original loss log(1 - D(G(z))), once D is sure the "
        "samples are fake its output is flat there and G gets almost no gradient; the non-saturating "
        "loss -log D(G(z)) keeps it.</p>");
}

QString ModelExplanations::ofBox(const QString& kind, const QString& boxId)
{
    const bool wasserstein = kind == QLatin1String("wgan") || kind == QLatin1String("wgan-gp");
    if (boxId == QLatin1String("x"))
        return tr("<b>Data x.</b> Real samples from the training set, a few of them drawn here.");
    if (boxId == QLatin1String("z"))
        return kind == QLatin1String("vae")
                   ? tr("<b>Code z.</b> z = mu + sigma * eps with eps ~ N(0, I). Drawn here: the first two "
                        "coordinates of the codes of held-out images. The KL term pulls them towards N(0, "
                        "I), "
                        "so that decoding noise from the prior gives sensible samples.")
                   : tr("<b>Noise z.</b> Drawn from N(0, I); the first two coordinates of the fixed noise "
                        "are "
                        "shown. Every sample is a deterministic function G(z) of its noise.");
    if (boxId == QLatin1String("encoder"))
        return tr(
            "<b>Encoder.</b> Gives, for each x, the mean mu and the log-variance of a Gaussian q(z|x) over "
            "codes.");
    if (boxId == QLatin1String("posterior"))
        return tr(
            "<b>mu and sigma.</b> Histograms over held-out images, all dimensions together. sigma near 1 "
            "with mu near 0 is a dimension that carries nothing (it equals the prior); the Latent "
            "explorer's KL per dimension tab shows which ones.");
    if (boxId == QLatin1String("decoder"))
        return kind == QLatin1String("vae-gan")
                   ? tr("<b>Decoder = generator.</b> The same network decodes the encoder's codes "
                        "(reconstructions) and the prior's noise (samples).")
                   : tr("<b>Decoder.</b> Maps a code z to the parameters of p(x|z): the mean image.");
    if (boxId == QLatin1String("xhat"))
        return tr(
            "<b>Reconstruction.</b> Held-out images encoded and decoded again. Compare them with the data: "
            "what they lose (fine detail) is what the pointwise loss averages away.");
    if (boxId == QLatin1String("loss"))
        return tr(
            "<b>Loss.</b> recon: how far x_hat is from x (-log p(x|z)); kl: KL(q(z|x) || N(0, I)) summed "
            "over dimensions, weighted by beta. A large beta buys a smoother latent space with blurrier "
            "samples.");
    if (boxId == QLatin1String("G"))
        return tr(
            "<b>Generator G.</b> A network from noise to samples. It is updated in the G half of a step, "
            "through D: the gradient reaching it is grad_g on the loss plot.");
    if (boxId == QLatin1String("fake"))
        return tr("<b>Samples G(z).</b> What the generator makes of the fixed noise now.");
    if (boxId == QLatin1String("D"))
        return wasserstein
                   ? tr("<b>Critic f.</b> Scores real samples high and generated ones low, kept 1-Lipschitz; "
                        "d_real and d_fake are its mean scores, their difference the Wasserstein estimate.")
                   : tr("<b>Discriminator D.</b> The probability that its input is real. d_real and d_fake "
                        "are "
                        "its mean outputs on real data (dark bar) and on samples (orange bar); on 2-D data "
                        "the "
                        "picture is D over the plane, red where it says real.");
    if (boxId == QLatin1String("lossD"))
        return tr(
            "<b>D loss.</b> Computed in the D half of a step, with G held fixed: D is pushed up on real "
            "data and down on samples.");
    if (boxId == QLatin1String("lossG"))
        return tr("<b>G loss.</b> Computed in the G half of a step, with D held fixed: G is moved so that D "
                  "scores its samples as more real.");
    if (boxId == QLatin1String("Gold"))
        return tr("<b>Frozen copy G_old.</b> The generator as it was at the last refresh (every k generator "
                  "steps); no gradient flows into it.");
    if (boxId == QLatin1String("difference"))
        return tr(
            "<b>VI regulariser.</b> lambda * mean ||G(z) - G_old(z)||^2: what G pays for moving its points "
            "away from where they were a few steps ago.");
    return {};
}

QStringList ModelExplanations::metricOrder()
{
    return {QStringLiteral("loss_d"),   QStringLiteral("loss_g"),      QStringLiteral("d_real"),
            QStringLiteral("d_fake"),   QStringLiteral("wasserstein"), QStringLiteral("gp"),
            QStringLiteral("vi_reg"),   QStringLiteral("grad_g"),      QStringLiteral("loss"),
            QStringLiteral("recon"),    QStringLiteral("kl"),          QStringLiteral("loss_enc"),
            QStringLiteral("loss_dec"), QStringLiteral("modes"),       QStringLiteral("hq"),
            QStringLiteral("rkl")};
}

QString ModelExplanations::ofMetric(const QString& name)
{
    if (name == QLatin1String("loss_d"))
        return tr("the discriminator's (critic's) loss in the D half of the step.");
    if (name == QLatin1String("loss_g"))
        return tr("the generator's loss in the G half. It falling is not progress by itself: it is measured "
                  "against a discriminator that keeps changing.");
    if (name == QLatin1String("d_real"))
        return tr(
            "D's mean output on real data: a probability for a GAN (0.5 when D cannot tell), a score for "
            "a critic.");
    if (name == QLatin1String("d_fake"))
        return tr(
            "D's mean output on generated samples. d_real near 1 with d_fake near 0 means D wins, and with "
            "the saturating loss the generator's gradient vanishes.");
    if (name == QLatin1String("wasserstein"))
        return tr(
            "f(x) - f(G(z)) averaged: the critic's estimate of the Wasserstein distance, which falls as the "
            "samples approach the data.");
    if (name == QLatin1String("gp"))
        return tr(
            "the gradient penalty, lambda * (||grad f|| - 1)^2 on points between real and generated data.");
    if (name == QLatin1String("vi_reg"))
        return tr("the VI regulariser, lambda * ||G(z) - G_old(z)||^2: how far G has moved from its copy.");
    if (name == QLatin1String("grad_g"))
        return tr(
            "the norm of the gradient that reaches the generator's weights (right-hand log axis on the loss "
            "plot); near zero for a long time means G has stopped learning.");
    if (name == QLatin1String("loss"))
        return tr("the VAE's loss per sample: recon + beta * kl.");
    if (name == QLatin1String("recon"))
        return tr("the reconstruction term, -log p(x|z) per sample.");
    if (name == QLatin1String("kl"))
        return tr("KL(q(z|x) || N(0, I)) per sample, in nats: how much information the codes carry.");
    if (name == QLatin1String("loss_enc"))
        return tr("the VAE-GAN encoder's loss: beta * KL plus the feature-space reconstruction.");
    if (name == QLatin1String("loss_dec"))
        return tr("the VAE-GAN decoder's loss: gamma * reconstruction plus the GAN term.");
    if (name == QLatin1String("modes"))
        return tr(
            "modes covered (2-D mixtures): how many Gaussians hold at least a few high-quality samples.");
    if (name == QLatin1String("hq"))
        return tr("the fraction of samples within three standard deviations of some mode.");
    if (name == QLatin1String("rkl"))
        return tr("the reverse KL between the samples' spread over the modes and the uniform one, in nats; 0 "
                  "when every mode gets its share.");
    return {};
}

} // namespace genlab::ui
