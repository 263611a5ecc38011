#include "ModelCatalog.h"

#include "HyperParameterSet.h"
#include "common/InputError.h"

#include <QCoreApplication>

namespace genlab::models {

namespace {

using Type = HyperParameterSpec::Type;

// Learning rates far above any useful value are allowed on purpose: sending a model off with
// a huge step is one of the lessons (divergence is caught, paused and recoverable).
constexpr double kMaxLearningRate = 1e6;
using data::DataKind;

HyperParameterSpec real(const char* name, const char* label, double value, double minimum, double maximum,
                        bool live, bool logScale, const char* help)
{
    HyperParameterSpec spec;
    spec.name = QLatin1String(name);
    // The labels and help texts are marked with QT_TRANSLATE_NOOP at the call sites; the window
    // installs its translator before it asks for a catalogue, the command line never does.
    spec.label = QCoreApplication::translate("HyperParameter", label);
    spec.help = QCoreApplication::translate("HyperParameter", help);
    spec.type = Type::Real;
    spec.defaultValue = value;
    spec.minimum = minimum;
    spec.maximum = maximum;
    spec.logScale = logScale;
    spec.live = live;
    return spec;
}

HyperParameterSpec integer(const char* name, const char* label, qlonglong value, double minimum,
                           double maximum, bool live, const char* help)
{
    HyperParameterSpec spec = real(name, label, 0.0, minimum, maximum, live, false, help);
    spec.type = Type::Integer;
    spec.defaultValue = value;
    return spec;
}

HyperParameterSpec choice(const char* name, const char* label, const QStringList& choices,
                          const QString& value, bool live, const char* help)
{
    HyperParameterSpec spec = real(name, label, 0.0, 0.0, 0.0, live, false, help);
    spec.type = Type::Choice;
    spec.choices = choices;
    spec.defaultValue = value;
    return spec;
}

// Network shape: MLP for points; MLP or DCGAN-style convolutions for images.
void addNetwork(HyperParameterSpecs& specs, DataKind data, const QString& imageDefault,
                qlonglong latentPoints, qlonglong latentImages, qlonglong widthPoints, qlonglong widthImages,
                qlonglong depthPoints, qlonglong depthImages, qlonglong channels)
{
    const bool images = data == DataKind::Images;
    specs << choice(
        "network", QT_TRANSLATE_NOOP("HyperParameter", "Network family"),
        images ? QStringList{QStringLiteral("mlp"), QStringLiteral("conv")}
               : QStringList{QStringLiteral("mlp")},
        images ? imageDefault : QStringLiteral("mlp"), false,
        QT_TRANSLATE_NOOP(
            "HyperParameter",
            "mlp: fully connected layers; conv: DCGAN-style strided convolutions (images only)."));
    specs << integer("latent_dim", QT_TRANSLATE_NOOP("HyperParameter", "Latent size"),
                     images ? latentImages : latentPoints, 1, 1024, false,
                     QT_TRANSLATE_NOOP("HyperParameter",
                                       "Dimensions of the noise / code z the samples are decoded from."));
    specs << integer("width", QT_TRANSLATE_NOOP("HyperParameter", "MLP width"),
                     images ? widthImages : widthPoints, 4, 4096, false,
                     QT_TRANSLATE_NOOP("HyperParameter", "Hidden units per layer of the MLP networks."));
    specs << integer("depth", QT_TRANSLATE_NOOP("HyperParameter", "MLP depth"),
                     images ? depthImages : depthPoints, 1, 8, false,
                     QT_TRANSLATE_NOOP("HyperParameter", "Hidden layers of the MLP networks (each side)."));
    if (images)
        specs << integer(
            "channels", QT_TRANSLATE_NOOP("HyperParameter", "Conv channels"), channels, 4, 512, false,
            QT_TRANSLATE_NOOP(
                "HyperParameter",
                "Channels of the conv networks' data-side layer, doubled at each stage inwards."));
}

void addOptimizer(HyperParameterSpecs& specs, const QString& optimizer, double beta1, double beta2)
{
    specs << choice("optimizer", QT_TRANSLATE_NOOP("HyperParameter", "Optimiser"),
                    {QStringLiteral("adam"), QStringLiteral("rmsprop"), QStringLiteral("sgd")}, optimizer,
                    false,
                    QT_TRANSLATE_NOOP("HyperParameter", "The update rule of every network of the model."));
    specs << real(
        "beta1", QT_TRANSLATE_NOOP("HyperParameter", "Adam beta1"), beta1, 0.0, 0.9999, true, false,
        QT_TRANSLATE_NOOP("HyperParameter",
                          "Adam's momentum of the gradient; GANs usually train with 0.5 rather than 0.9."));
    specs << real("beta2", QT_TRANSLATE_NOOP("HyperParameter", "Adam beta2"), beta2, 0.0, 0.9999, true, false,
                  QT_TRANSLATE_NOOP("HyperParameter", "Adam's decay of the squared-gradient average."));
    specs << real("momentum", QT_TRANSLATE_NOOP("HyperParameter", "Momentum"), 0.0, 0.0, 0.99, false, false,
                  QT_TRANSLATE_NOOP("HyperParameter", "Momentum of RMSProp and SGD (ignored by Adam)."));
}

void addBatch(HyperParameterSpecs& specs, qlonglong batch)
{
    specs << integer(
        "batch_size", QT_TRANSLATE_NOOP("HyperParameter", "Batch size"), batch, 1, 8192, true,
        QT_TRANSLATE_NOOP(
            "HyperParameter",
            "Real samples (and noise draws) per update; larger batches give smoother gradients."));
}

HyperParameterSpecs adversarialSpecs(const QString& kind, DataKind data)
{
    const bool wgan = kind == QLatin1String("wgan");
    const bool gp = kind == QLatin1String("wgan-gp");
    const bool images = data == DataKind::Images;
    HyperParameterSpecs specs;
    addNetwork(specs, data, QStringLiteral("conv"), 2, 64, 256, 512, 3, 2, 64);
    const double lr = wgan ? 5e-5 : gp ? 1e-4 : 2e-4;
    addOptimizer(specs, wgan ? QStringLiteral("rmsprop") : QStringLiteral("adam"), gp ? 0.5 : 0.5,
                 gp ? 0.9 : 0.999);
    specs << real(
        "lr_d",
        wgan || gp ? QT_TRANSLATE_NOOP("HyperParameter", "Critic learning rate")
                   : QT_TRANSLATE_NOOP("HyperParameter", "Discriminator learning rate"),
        lr, 1e-7, kMaxLearningRate, true, true,
        QT_TRANSLATE_NOOP("HyperParameter", "Step size of the discriminator's (critic's) optimiser."));
    specs << real("lr_g", QT_TRANSLATE_NOOP("HyperParameter", "Generator learning rate"), lr, 1e-7,
                  kMaxLearningRate, true, true,
                  QT_TRANSLATE_NOOP("HyperParameter", "Step size of the generator's optimiser."));
    addBatch(specs, images ? 64 : 256);
    specs << integer("d_steps",
                     wgan || gp ? QT_TRANSLATE_NOOP("HyperParameter", "Critic steps per G step")
                                : QT_TRANSLATE_NOOP("HyperParameter", "D steps per G step"),
                     wgan || gp ? 5 : 1, 1, 100, true,
                     QT_TRANSLATE_NOOP(
                         "HyperParameter",
                         "Discriminator (critic) updates per generator update, each on its own real batch."));
    specs << integer(
        "pack", QT_TRANSLATE_NOOP("HyperParameter", "Packing m (PacGAN)"), 1, 1, 4, false,
        QT_TRANSLATE_NOOP("HyperParameter",
                          "PacGAN (Lin et al., 2018): the discriminator judges m samples at once, "
                          "side by side, all real or all generated. A generator that collapses "
                          "fills its packs with look-alikes, which D learns to reject. 1: a plain "
                          "discriminator."));
    if (!wgan && !gp)
        specs << choice("g_loss", QT_TRANSLATE_NOOP("HyperParameter", "Generator loss"),
                        {QStringLiteral("non_saturating"), QStringLiteral("saturating")},
                        QStringLiteral("non_saturating"), true,
                        QT_TRANSLATE_NOOP(
                            "HyperParameter",
                            "non_saturating: -log D(G(z)); saturating: the original log(1 - D(G(z))), whose "
                            "gradient vanishes when D wins."));
    if (wgan)
        specs << real(
            "clip", QT_TRANSLATE_NOOP("HyperParameter", "Weight clip"), 0.01, 1e-5, 10.0, true, true,
            QT_TRANSLATE_NOOP(
                "HyperParameter",
                "Critic weights are clipped to [-clip, clip] after every update to keep it Lipschitz."));
    if (gp)
        specs << real(
            "gp_weight", QT_TRANSLATE_NOOP("HyperParameter", "Gradient-penalty weight"), 10.0, 0.0, 1000.0,
            true, false,
            QT_TRANSLATE_NOOP(
                "HyperParameter",
                "lambda of lambda * (||grad f(x_hat)|| - 1)^2 on random interpolates of real and fake."));
    if (kind == QLatin1String("vigan")) {
        specs << real("vi_lambda", QT_TRANSLATE_NOOP("HyperParameter", "VI regulariser weight"), 5.0, 0.0,
                      1000.0, true, false,
                      QT_TRANSLATE_NOOP(
                          "HyperParameter",
                          "lambda of lambda * mean ||G(z) - G_old(z)||^2, which keeps the generator near its "
                          "recent self and so fights mode collapse."));
        specs << integer(
            "vi_period", QT_TRANSLATE_NOOP("HyperParameter", "Anchor period k"), 5, 2, 10000, true,
            QT_TRANSLATE_NOOP(
                "HyperParameter",
                "G_old is refreshed before every k-th generator update. At least 2: with k = 1 G_old would "
                "equal G at every update, the term would vanish and the model would be a plain GAN."));
    }
    return specs;
}

HyperParameterSpecs vaeSpecs(DataKind data)
{
    const bool images = data == DataKind::Images;
    HyperParameterSpecs specs;
    addNetwork(specs, data, QStringLiteral("mlp"), 2, 20, 128, 400, 2, 1, 32);
    specs << choice(
        "recon_loss", QT_TRANSLATE_NOOP("HyperParameter", "Reconstruction loss"),
        images ? QStringList{QStringLiteral("bce"), QStringLiteral("mse")}
               : QStringList{QStringLiteral("mse")},
        images ? QStringLiteral("bce") : QStringLiteral("mse"), false,
        QT_TRANSLATE_NOOP(
            "HyperParameter",
            "bce: Bernoulli likelihood summed over pixels; mse: squared error summed over values."));
    specs << real(
        "recon_sigma", QT_TRANSLATE_NOOP("HyperParameter", "Decoder sigma (mse)"), 0.1, 1e-3, 10.0, true,
        true,
        QT_TRANSLATE_NOOP(
            "HyperParameter",
            "Standard deviation of the Gaussian decoder: mse is divided by 2 sigma^2, so a small sigma "
            "asks for sharper reconstructions (ignored by bce)."));
    specs << real(
        "beta", QT_TRANSLATE_NOOP("HyperParameter", "KL weight (beta)"), 1.0, 0.0, 100.0, true, false,
        QT_TRANSLATE_NOOP(
            "HyperParameter",
            "Weight of KL(q(z|x) || N(0, I)); above 1 gives smoother latents and blurrier samples."));
    addOptimizer(specs, QStringLiteral("adam"), 0.9, 0.999);
    specs << real("lr", QT_TRANSLATE_NOOP("HyperParameter", "Learning rate"), 1e-3, 1e-7, kMaxLearningRate,
                  true, true, QT_TRANSLATE_NOOP("HyperParameter", "Step size of the optimiser."));
    addBatch(specs, images ? 128 : 256);
    return specs;
}

HyperParameterSpecs vaeGanSpecs(DataKind data)
{
    const bool images = data == DataKind::Images;
    HyperParameterSpecs specs;
    addNetwork(specs, data, QStringLiteral("conv"), 2, 32, 256, 512, 3, 2, 64);
    specs << real("beta", QT_TRANSLATE_NOOP("HyperParameter", "KL weight (beta)"), 1.0, 0.0, 100.0, true,
                  false,
                  QT_TRANSLATE_NOOP("HyperParameter", "Weight of the encoder's KL(q(z|x) || N(0, I))."));
    specs << real(
        "gamma", QT_TRANSLATE_NOOP("HyperParameter", "Reconstruction weight (gamma)"), 1.0, 0.0, 1000.0, true,
        false,
        QT_TRANSLATE_NOOP(
            "HyperParameter",
            "Weight of the feature-space reconstruction against the GAN term in the decoder's loss."));
    specs << real(
        "recon_sigma", QT_TRANSLATE_NOOP("HyperParameter", "Data-space sigma"), images ? 1.0 : 0.1, 1e-3,
        100.0, true, true,
        QT_TRANSLATE_NOOP(
            "HyperParameter",
            "The reconstruction also counts squared error in data space divided by 2 sigma^2; a large "
            "sigma leaves it to the discriminator's features alone."));
    addOptimizer(specs, QStringLiteral("adam"), 0.5, 0.999);
    specs << real(
        "lr", QT_TRANSLATE_NOOP("HyperParameter", "Encoder/decoder learning rate"), 2e-4, 1e-7,
        kMaxLearningRate, true, true,
        QT_TRANSLATE_NOOP("HyperParameter", "Step size of the encoder's and the decoder's optimisers."));
    specs << real("lr_d", QT_TRANSLATE_NOOP("HyperParameter", "Discriminator learning rate"), 2e-4, 1e-7,
                  kMaxLearningRate, true, true,
                  QT_TRANSLATE_NOOP("HyperParameter", "Step size of the discriminator's optimiser."));
    addBatch(specs, images ? 64 : 256);
    return specs;
}

// Titles and summaries stay untranslated here and are translated when asked for, so that the
// window (which installs a translator) and the command line (which does not) share one table.
struct ModelText {
    const char* kind;
    const char* title;
    const char* summary;
};

const ModelText kModelTexts[] = {
    {"vae", QT_TRANSLATE_NOOP("ModelCatalog", "Variational autoencoder"),
     QT_TRANSLATE_NOOP("ModelCatalog", "Encoder to q(z|x), reparameterised sample, decoder; loss = "
                                       "reconstruction + beta * KL(q(z|x) || N(0, I)).")},
    {"gan", QT_TRANSLATE_NOOP("ModelCatalog", "Generative adversarial network"),
     QT_TRANSLATE_NOOP("ModelCatalog", "Generator against a logistic discriminator; non-saturating or the "
                                       "original saturating generator loss.")},
    {"wgan", QT_TRANSLATE_NOOP("ModelCatalog", "Wasserstein GAN"),
     QT_TRANSLATE_NOOP("ModelCatalog",
                       "A critic estimates the Wasserstein-1 distance; its weights are clipped to [-c, c]; "
                       "RMSProp, several critic steps per generator step.")},
    {"wgan-gp", QT_TRANSLATE_NOOP("ModelCatalog", "Wasserstein GAN with gradient penalty"),
     QT_TRANSLATE_NOOP("ModelCatalog", "The critic is kept 1-Lipschitz by penalising (||grad f(x_hat)|| - "
                                       "1)^2 on random interpolates of real and fake samples.")},
    {"vigan", QT_TRANSLATE_NOOP("ModelCatalog", "GAN with the variational-inference regulariser (Su, 2018)"),
     QT_TRANSLATE_NOOP("ModelCatalog", "GAN whose generator loss adds lambda * ||G(z) - G_old(z)||^2, G_old "
                                       "a copy of the generator refreshed every k generator steps.")},
    {"vae-gan", QT_TRANSLATE_NOOP("ModelCatalog", "VAE-GAN (Larsen et al., 2016)"),
     QT_TRANSLATE_NOOP("ModelCatalog", "VAE whose decoder is also a GAN generator; reconstruction is "
                                       "measured in the discriminator's feature space.")},
};

QVector<ModelDescription> descriptions()
{
    QVector<ModelDescription> all;
    for (const ModelText& text : kModelTexts)
        all.push_back({QLatin1String(text.kind), QCoreApplication::translate("ModelCatalog", text.title),
                       QCoreApplication::translate("ModelCatalog", text.summary)});
    return all;
}

} // namespace

QStringList ModelCatalog::kinds()
{
    QStringList names;
    for (const ModelDescription& description : descriptions())
        names << description.kind;
    return names;
}

QVector<ModelDescription> ModelCatalog::available()
{
    return descriptions();
}

ModelDescription ModelCatalog::describe(const QString& kind)
{
    for (const ModelDescription& description : descriptions())
        if (description.kind == kind)
            return description;
    throw InputError(QCoreApplication::translate("genlab::Errors", "unknown model \"%1\"; valid models: %2")
                         .arg(kind, kinds().join(QStringLiteral(", "))));
}

HyperParameterSpecs ModelCatalog::hyperParameters(const QString& kind, data::DataKind dataKind)
{
    describe(kind); // throws for an unknown kind
    if (kind == QLatin1String("vae"))
        return vaeSpecs(dataKind);
    if (kind == QLatin1String("vae-gan"))
        return vaeGanSpecs(dataKind);
    return adversarialSpecs(kind, dataKind);
}

data::DataKind ModelCatalog::dataKindOf(const std::vector<int64_t>& sampleShape)
{
    if (sampleShape.size() == 1 && sampleShape[0] == 2)
        return DataKind::Points2D;
    if (sampleShape.size() == 3 && sampleShape[0] >= 1 && sampleShape[0] <= 4 && sampleShape[1] >= 1 &&
        sampleShape[2] >= 1)
        return DataKind::Images;
    QStringList sizes;
    for (int64_t size : sampleShape)
        sizes << QString::number(size);
    throw InputError(QCoreApplication::translate(
                         "genlab::Errors",
                         "sample shape [%1]: models take 2-D points [2] or images [C, H, W] with 1 "
                         "to 4 channels")
                         .arg(sizes.join(QLatin1Char(','))));
}

} // namespace genlab::models
