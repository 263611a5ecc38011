#pragma once

#include <QImage>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace genlab::data {
struct DataSet;
}
namespace genlab::models {
class GenerativeModel;
}

namespace genlab::snapshot {

// A frozen copy of a model at one step (its decoder, and encoder and critic when it has
// them) together with the data it was trained on, behind a Qt-only interface: the window's
// latent explorer and 2-D views use it on their own thread while training goes on, and it
// shares no weights with the model being trained. Every method is safe to call from any
// thread (calls on one snapshot are serialised).
//
// Latent codes travel as flat row-major float vectors: `count * latentDim()` values.
class ModelSnapshot
{
public:
    enum class Split { Train, Test };

    // Copies the model (cheap: a few parameter tensors) and shares the data's tensors.
    // training/TrainerSnapshot.h takes one of a trainer or of a run folder's checkpoint.
    static std::shared_ptr<const ModelSnapshot> capture(const models::GenerativeModel& model,
                                                        const data::DataSet& data, qint64 step,
                                                        const QString& device);

    ~ModelSnapshot();
    ModelSnapshot(const ModelSnapshot&) = delete;
    ModelSnapshot& operator=(const ModelSnapshot&) = delete;

    qint64 step() const;
    QString modelKind() const; // "vae", "gan", ...
    QString dataName() const;
    int latentDim() const;
    bool isPointModel() const; // 2-D points rather than images
    QSize imageSize() const;   // empty for point models
    int imageChannels() const; // 1 or 3; 0 for point models

    // Standard normal codes, the same for the same seed.
    QVector<float> randomCodes(int count, quint64 seed) const;
    // Decodes codes into images (Grayscale8 or RGB32, imageSize()) or 2-D points.
    QVector<QImage> decodeImages(const QVector<float>& codes) const;
    QVector<QPointF> decodePoints(const QVector<float>& codes) const;

    // Models with an encoder (VAE, VAE-GAN): the means of q(z|x) for data set items.
    bool hasEncoder() const;
    QVector<float> encodeItems(Split split, const QVector<int>& indices) const;
    QVector<float> encodeImages(const QVector<QImage>& images) const;
    // KL(q(z_i|x) || N(0, 1)) of each latent dimension i, averaged over the first `count` items
    // of the test split (the training split when there is none): which dimensions carry
    // information and which collapsed to the prior. Empty for a model without an encoder.
    QVector<double> klPerDimension(int count) const;
    // q(z|x) of the same items: per item the latentDim() means, then the latentDim() standard
    // deviations. Empty for a model without an encoder.
    QVector<float> posteriorOfHeldOut(int count) const;

    // Models with a discriminator or critic: its raw output (logit for GANs, critic value for
    // WGANs) at 2-D points, and over a grid of columns x rows cell centres covering `area`
    // (row-major, first row at area.top()).
    bool hasCritic() const;
    QVector<double> criticValues(const QVector<QPointF>& points) const;
    QVector<double> criticGrid(const QRectF& area, int columns, int rows) const;

    // The data the model was trained on.
    int itemCount(Split split) const; // 0 when the split does not exist
    QImage itemImage(Split split, int index) const;
    QPointF itemPoint(Split split, int index) const;
    int itemLabel(Split split, int index) const; // -1 without labels
    QStringList classNames() const;
    // The data set itself, shared with the trainer, for core code that needs its tensors
    // (data/DataSet.h): another copy of MNIST would cost memory the window does not have.
    const data::DataSet& dataSet() const;
    // The training image nearest to `image` in pixel (L2) distance, as an index, or -1 for
    // point data. `distance` receives the root-mean-square pixel difference in [0, 1].
    int nearestTrainImage(const QImage& image, double* distance = nullptr) const;

    // The networks as a dictionary for Python's torch.load (see export/StateDictExport.h),
    // written atomically. Throws InputError when the file cannot be written.
    void exportWeights(const QString& file) const;

private:
    struct Private;
    explicit ModelSnapshot(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

using ModelSnapshotPtr = std::shared_ptr<const ModelSnapshot>;

} // namespace genlab::snapshot

Q_DECLARE_METATYPE(genlab::snapshot::ModelSnapshotPtr)
