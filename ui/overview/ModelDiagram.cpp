#include "ModelDiagram.h"

namespace genlab::ui {

namespace {

using Box = ModelDiagram::Box;
using Content = ModelDiagram::Content;
using Part = ModelDiagram::Part;

} // namespace

ModelDiagram ModelDiagram::vae()
{
    ModelDiagram d;
    d.columns = 6;
    d.rows = 2;
    d.boxes = {
        {QStringLiteral("x"), tr("data x"), QString(), Content::Data, {0, 0}},
        {QStringLiteral("encoder"), tr("encoder"), QStringLiteral("q(z|x)"), Content::Network, {1, 0}},
        {QStringLiteral("posterior"),
         tr("mu, sigma"),
         tr("histograms over held-out x"),
         Content::Posterior,
         {2, 0}},
        {QStringLiteral("z"), tr("code z"), QStringLiteral("z = mu + sigma * eps"), Content::Noise, {3, 0}},
        {QStringLiteral("decoder"), tr("decoder"), QStringLiteral("p(x|z)"), Content::Network, {4, 0}},
        {QStringLiteral("xhat"),
         tr("reconstruction"),
         QStringLiteral("x_hat"),
         Content::Reconstruction,
         {5, 0}},
        {QStringLiteral("loss"), tr("loss"), tr("reconstruction + beta * KL"), Content::Loss, {3.5, 1}},
    };
    d.arrows = {{QStringLiteral("x"), QStringLiteral("encoder"), Part::Autoencoder},
                {QStringLiteral("encoder"), QStringLiteral("posterior"), Part::Autoencoder},
                {QStringLiteral("posterior"), QStringLiteral("z"), Part::Autoencoder},
                {QStringLiteral("z"), QStringLiteral("decoder"), Part::Autoencoder},
                {QStringLiteral("decoder"), QStringLiteral("xhat"), Part::Autoencoder},
                {QStringLiteral("xhat"), QStringLiteral("loss"), Part::Autoencoder},
                {QStringLiteral("posterior"), QStringLiteral("loss"), Part::Autoencoder}};
    d.stages = {
        {Part::Autoencoder,
         {QStringLiteral("x"), QStringLiteral("encoder"), QStringLiteral("posterior"), QStringLiteral("z"),
          QStringLiteral("decoder"), QStringLiteral("xhat"), QStringLiteral("loss")}}};
    return d;
}

// GAN, WGAN, WGAN-GP and VI-GAN share the adversarial picture; the critic and the extra terms
// differ.
ModelDiagram ModelDiagram::adversarial(const QString& kind)
{
    const bool wasserstein = kind == QLatin1String("wgan") || kind == QLatin1String("wgan-gp");
    const bool penalty = kind == QLatin1String("wgan-gp");
    const bool vi = kind == QLatin1String("vigan");
    ModelDiagram d;
    d.columns = 5;
    d.rows = vi ? 3 : 2;
    const QString critic = wasserstein ? tr("critic f") : tr("discriminator D");
    d.boxes = {
        {QStringLiteral("z"), tr("noise z"), QStringLiteral("z ~ N(0, I)"), Content::Noise, {0, 0}},
        {QStringLiteral("G"), tr("generator G"), QString(), Content::Network, {1, 0}},
        {QStringLiteral("fake"), tr("samples G(z)"), QString(), Content::Output, {2, 0}},
        {QStringLiteral("x"), tr("data x"), QString(), Content::Data, {2, 1}},
        {QStringLiteral("D"),
         critic,
         wasserstein
             ? (penalty ? tr("kept 1-Lipschitz by a gradient penalty") : tr("weights clipped to [-c, c]"))
             : tr("probability that its input is real"),
         Content::Scores,
         {3, 0.5}},
        {QStringLiteral("lossD"),
         wasserstein ? tr("critic loss") : tr("D loss"),
         wasserstein ? (penalty ? QStringLiteral("f(G(z)) - f(x) + lambda * (|grad f| - 1)^2")
                                : QStringLiteral("f(G(z)) - f(x)"))
                     : QStringLiteral("-log D(x) - log(1 - D(G(z)))"),
         Content::Loss,
         {4, 1}},
        {QStringLiteral("lossG"),
         tr("G loss"),
         wasserstein ? QStringLiteral("-f(G(z))")
                     : (vi ? QStringLiteral("-log D(G(z)) + lambda * ||G(z) - G_old(z)||^2")
                           : QStringLiteral("-log D(G(z))")),
         Content::Loss,
         {4, 0}},
    };
    d.arrows = {{QStringLiteral("z"), QStringLiteral("G"), Part::Generator},
                {QStringLiteral("G"), QStringLiteral("fake"), Part::Generator},
                {QStringLiteral("fake"), QStringLiteral("D"), Part::Discriminator},
                {QStringLiteral("fake"), QStringLiteral("D"), Part::Generator},
                {QStringLiteral("x"), QStringLiteral("D"), Part::Discriminator},
                {QStringLiteral("D"), QStringLiteral("lossD"), Part::Discriminator},
                {QStringLiteral("D"), QStringLiteral("lossG"), Part::Generator}};
    d.stages = {{Part::Discriminator,
                 {QStringLiteral("z"), QStringLiteral("G"), QStringLiteral("fake"), QStringLiteral("x"),
                  QStringLiteral("D"), QStringLiteral("lossD")}},
                {Part::Generator,
                 {QStringLiteral("z"), QStringLiteral("G"), QStringLiteral("fake"), QStringLiteral("D"),
                  QStringLiteral("lossG")}}};
    if (vi) {
        d.boxes.append({QStringLiteral("Gold"),
                        tr("frozen copy G_old"),
                        tr("refreshed every k generator steps"),
                        Content::Network,
                        {1, 2}});
        d.boxes.append({QStringLiteral("difference"),
                        tr("VI regulariser"),
                        QStringLiteral("||G(z) - G_old(z)||^2"),
                        Content::Difference,
                        {3, 2}});
        d.arrows.append({QStringLiteral("z"), QStringLiteral("Gold"), Part::Generator});
        d.arrows.append({QStringLiteral("Gold"), QStringLiteral("difference"), Part::Generator});
        d.arrows.append({QStringLiteral("fake"), QStringLiteral("difference"), Part::Generator});
        d.arrows.append({QStringLiteral("difference"), QStringLiteral("lossG"), Part::Generator});
        d.stages[1].boxes = {QStringLiteral("z"),    QStringLiteral("G"),    QStringLiteral("fake"),
                             QStringLiteral("D"),    QStringLiteral("Gold"), QStringLiteral("difference"),
                             QStringLiteral("lossG")};
    }
    return d;
}

ModelDiagram ModelDiagram::vaeGan()
{
    ModelDiagram d;
    d.columns = 6;
    d.rows = 3;
    d.boxes = {
        {QStringLiteral("x"), tr("data x"), QString(), Content::Data, {0, 1}},
        {QStringLiteral("encoder"), tr("encoder"), QStringLiteral("q(z|x)"), Content::Network, {1, 0}},
        {QStringLiteral("posterior"),
         tr("mu, sigma"),
         tr("histograms over held-out x"),
         Content::Posterior,
         {2, 0}},
        {QStringLiteral("z"), tr("noise z_p"), QStringLiteral("z_p ~ N(0, I)"), Content::Noise, {2, 2}},
        {QStringLiteral("decoder"),
         tr("decoder = generator"),
         tr("one network, two inputs"),
         Content::Network,
         {3, 1}},
        {QStringLiteral("xhat"),
         tr("reconstruction"),
         QStringLiteral("x_tilde"),
         Content::Reconstruction,
         {4, 0}},
        {QStringLiteral("fake"), tr("samples G(z_p)"), QString(), Content::Output, {4, 2}},
        {QStringLiteral("D"),
         tr("discriminator D"),
         tr("its features judge x_tilde"),
         Content::Scores,
         {5, 1}},
    };
    d.arrows = {{QStringLiteral("x"), QStringLiteral("encoder"), Part::Autoencoder},
                {QStringLiteral("encoder"), QStringLiteral("posterior"), Part::Autoencoder},
                {QStringLiteral("posterior"), QStringLiteral("decoder"), Part::Autoencoder},
                {QStringLiteral("z"), QStringLiteral("decoder"), Part::Generator},
                {QStringLiteral("decoder"), QStringLiteral("xhat"), Part::Autoencoder},
                {QStringLiteral("decoder"), QStringLiteral("fake"), Part::Generator},
                {QStringLiteral("xhat"), QStringLiteral("D"), Part::Autoencoder},
                {QStringLiteral("fake"), QStringLiteral("D"), Part::Discriminator},
                {QStringLiteral("x"), QStringLiteral("D"), Part::Discriminator}};
    d.stages = {
        {Part::Discriminator,
         {QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("decoder"), QStringLiteral("fake"),
          QStringLiteral("D")}},
        {Part::Autoencoder,
         {QStringLiteral("x"), QStringLiteral("encoder"), QStringLiteral("posterior"),
          QStringLiteral("decoder"), QStringLiteral("xhat"), QStringLiteral("D")}},
        {Part::Generator,
         {QStringLiteral("z"), QStringLiteral("decoder"), QStringLiteral("fake"), QStringLiteral("D")}}};
    return d;
}

ModelDiagram ModelDiagram::forModel(const QString& kind)
{
    ModelDiagram diagram = kind == QLatin1String("vae")       ? vae()
                           : kind == QLatin1String("vae-gan") ? vaeGan()
                                                              : adversarial(kind);
    diagram.kind = kind;
    return diagram;
}

const ModelDiagram::Box* ModelDiagram::box(const QString& id) const
{
    for (const Box& candidate : boxes)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

} // namespace genlab::ui
