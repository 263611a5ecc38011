#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QVector>

namespace genlab::ui {

// The data flow of a model as the usual VAE and GAN figures draw it: boxes (data, noise,
// networks, what they produce, the losses) and the arrows between them. Each arrow belongs to
// the half of a training step that computes it, so that a step can light its half; the boxes
// of a step, in the order the step visits them, drive the slow-motion step.
struct ModelDiagram {
    Q_DECLARE_TR_FUNCTIONS(genlab::ui::ModelDiagram)

public:
    enum class Part { Discriminator, Generator, Autoencoder };

    // What a box shows besides its title: a picture of data, of noise, of the model's output,
    // the statistics of q(z|x), a network's scores, a loss, or nothing but its formula.
    enum class Content { Data, Noise, Output, Reconstruction, Posterior, Network, Scores, Loss, Difference };

    struct Box {
        QString id;      // stable, for tests and explanations: "x", "encoder", "G", "D", ...
        QString title;   // translated
        QString formula; // a line under the title ("z = mu + sigma * eps"); may be empty
        Content content = Content::Network;
        QPointF cell; // position on a grid of columns x rows (fractions allowed)
    };

    struct Arrow {
        QString from;
        QString to;
        Part part = Part::Generator;
    };

    struct Stage {
        Part part;
        QStringList boxes; // visited in this order by the slow-motion step
    };

    QString kind; // the model kind it draws ("vae", "gan", ...)
    QVector<Box> boxes;
    QVector<Arrow> arrows;
    QVector<Stage> stages; // one training step: D then G, or the autoencoder's single pass
    int columns = 1;
    int rows = 1;

    static ModelDiagram forModel(const QString& kind);
    const Box* box(const QString& id) const;

private:
    static ModelDiagram vae();
    static ModelDiagram adversarial(const QString& kind);
    static ModelDiagram vaeGan();
};

} // namespace genlab::ui
