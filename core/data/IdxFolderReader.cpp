#include "IdxFolderReader.h"

#include "IdxReader.h"
#include "LargeBuffer.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <future>

namespace genlab::data {

namespace {

constexpr int kClassCount = 10;

struct SplitBytes {
    IdxImages images;
    std::vector<uint8_t> labels;
};

IdxFolderFiles findIn(const QDir& folder)
{
    IdxFolderFiles files;
    // train-images-idx3-ubyte(.gz), or train-images.idx3-ubyte(.gz) as some unpackers name
    // it; raw preferred (torchvision keeps both, and the raw one reads faster).
    auto locate = [&](const QString& split, const QString& what, const QString& idx) {
        for (const QString& separator : {QStringLiteral("-"), QStringLiteral(".")})
            for (const QString& suffix : {QString(), QStringLiteral(".gz")}) {
                const QString path = folder.filePath(
                    QStringLiteral("%1-%2%3%4-ubyte%5").arg(split, what, separator, idx, suffix));
                if (QFileInfo(path).isFile())
                    return path;
            }
        return QString();
    };
    files.trainImages = locate(QStringLiteral("train"), QStringLiteral("images"), QStringLiteral("idx3"));
    files.trainLabels = locate(QStringLiteral("train"), QStringLiteral("labels"), QStringLiteral("idx1"));
    files.testImages = locate(QStringLiteral("t10k"), QStringLiteral("images"), QStringLiteral("idx3"));
    files.testLabels = locate(QStringLiteral("t10k"), QStringLiteral("labels"), QStringLiteral("idx1"));
    return files;
}

at::Tensor imagesToTensor(const IdxImages& images)
{
    at::Tensor tensor = LargeBuffer::emptyFloat({images.count, 1, images.rows, images.cols});
    float* out = tensor.data_ptr<float>();
    const uint8_t* in = images.pixels.data();
    const size_t size = images.pixels.size();
    constexpr float kScale = 1.0f / 255.0f;
    for (size_t i = 0; i < size; ++i)
        out[i] = float(in[i]) * kScale;
    return tensor;
}

at::Tensor labelsToTensor(const std::vector<uint8_t>& labels)
{
    at::Tensor tensor = torch::empty({int64_t(labels.size())}, torch::kInt64);
    int64_t* out = tensor.data_ptr<int64_t>();
    for (size_t i = 0; i < labels.size(); ++i)
        out[i] = labels[i];
    return tensor;
}

void checkCounts(const QString& imagesPath, const IdxImages& images, const QString& labelsPath,
                 const std::vector<uint8_t>& labels)
{
    if (int64_t(labels.size()) != images.count)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: inconsistent sizes: %2 labels for the %3 images in %4")
                             .arg(labelsPath)
                             .arg(labels.size())
                             .arg(images.count)
                             .arg(QFileInfo(imagesPath).fileName()));
}

// "train-images-idx3-ubyte.gz" -> "train-labels-idx1-ubyte.gz" (and the '.' spelling).
QString matchingLabelsFile(const QString& imagesPath)
{
    const QFileInfo info(imagesPath);
    QString name = info.fileName();
    if (!name.contains(QLatin1String("images")) || !name.contains(QLatin1String("idx3")))
        return {};
    name.replace(QLatin1String("images"), QLatin1String("labels"))
        .replace(QLatin1String("idx3"), QLatin1String("idx1"));
    const QDir dir = info.dir();
    for (const QString& candidate :
         {name, name.endsWith(QLatin1String(".gz")) ? name.chopped(3) : name + QStringLiteral(".gz")}) {
        const QString path = dir.filePath(candidate);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace

IdxFolderFiles IdxFolderReader::find(const QString& folder)
{
    const QDir dir(folder);
    IdxFolderFiles files = findIn(dir);
    if (files.empty() && dir.exists(QStringLiteral("raw")))
        files = findIn(QDir(dir.filePath(QStringLiteral("raw"))));
    return files;
}

QStringList IdxFolderReader::fashionClassNames()
{
    // Kept in English in the data (exports, the command line); the window translates them.
    return {QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "T-shirt/top")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Trouser")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Pullover")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Dress")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Coat")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Sandal")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Shirt")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Sneaker")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Bag")),
            QString::fromLatin1(QT_TRANSLATE_NOOP("genlab::ClassNames", "Ankle boot"))};
}

QStringList IdxFolderReader::digitClassNames()
{
    QStringList names;
    for (int digit = 0; digit < kClassCount; ++digit)
        names << QString::number(digit);
    return names;
}

DataSet IdxFolderReader::read(const QString& folder, const QString& name, const QStringList& classNames)
{
    const IdxFolderFiles files = find(folder);
    if (files.trainImages.isEmpty())
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors",
                             "%1: no train-images-idx3-ubyte[.gz] here (an MNIST-family folder "
                             "holds train-/t10k-images-idx3-ubyte and train-/t10k-labels-idx1-ubyte)")
                             .arg(folder));
    const bool labelled = !files.trainLabels.isEmpty();
    if (labelled && !files.testImages.isEmpty() && files.testLabels.isEmpty())
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "%1: has train labels but no t10k-labels-idx1-ubyte[.gz] for the "
                                        "test images")
                .arg(folder));

    // The two splits decompress at the same time (inflate is most of the load time).
    auto readSplit = [labelled](const QString& imagesPath, const QString& labelsPath) {
        SplitBytes split;
        split.images = IdxReader::readImages(imagesPath);
        if (labelled) {
            split.labels = IdxReader::readLabels(labelsPath, kClassCount);
            checkCounts(imagesPath, split.images, labelsPath, split.labels);
        }
        return split;
    };
    std::future<SplitBytes> testSplit;
    if (!files.testImages.isEmpty())
        testSplit = std::async(std::launch::async, readSplit, files.testImages, files.testLabels);
    SplitBytes train = readSplit(files.trainImages, files.trainLabels);

    DataSet data;
    data.name = name;
    data.kind = DataKind::Images;
    data.train = imagesToTensor(train.images);
    if (labelled) {
        data.trainLabels = labelsToTensor(train.labels);
        data.classNames = classNames;
    }
    const int64_t rows = train.images.rows;
    const int64_t cols = train.images.cols;
    train = {}; // free the bytes before the test split is converted

    if (testSplit.valid()) {
        const SplitBytes test = testSplit.get();
        if (test.images.rows != rows || test.images.cols != cols)
            throw InputError(
                QCoreApplication::translate(
                    "genlab::Errors", "%1: inconsistent sizes: test images are %2x%3 but train images %4x%5")
                    .arg(files.testImages)
                    .arg(test.images.rows)
                    .arg(test.images.cols)
                    .arg(rows)
                    .arg(cols));
        data.test = imagesToTensor(test.images);
        if (labelled)
            data.testLabels = labelsToTensor(test.labels);
    }
    return data;
}

DataSet IdxFolderReader::readFile(const QString& imagesPath)
{
    DataSet data;
    data.name = imagesPath;
    data.kind = DataKind::Images;
    const IdxImages images = IdxReader::readImages(imagesPath);
    const QString labelsPath = matchingLabelsFile(imagesPath);
    if (!labelsPath.isEmpty()) {
        const auto labels = IdxReader::readLabels(labelsPath, kClassCount);
        checkCounts(imagesPath, images, labelsPath, labels);
        data.trainLabels = labelsToTensor(labels);
        data.classNames = imagesPath.contains(QLatin1String("fashion"), Qt::CaseInsensitive)
                              ? fashionClassNames()
                              : digitClassNames();
    }
    data.train = imagesToTensor(images);
    return data;
}

DataSetInfo IdxFolderReader::info(const QString& folder, const QString& name)
{
    const IdxFolderFiles files = find(folder);
    DataSetInfo info;
    info.name = name;
    info.kind = DataKind::Images;
    info.location = folder;
    if (files.trainImages.isEmpty())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: no train-images-idx3-ubyte[.gz] here")
                .arg(folder));
    const IdxHeader train = IdxReader::readHeader(files.trainImages);
    if (train.dimensionCount != 3)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: not an IDX image file (%2 dimensions)")
                .arg(files.trainImages)
                .arg(train.dimensionCount));
    info.trainCount = train.dimensions[0];
    info.sampleShape = {1, train.dimensions[1], train.dimensions[2]};
    if (!files.testImages.isEmpty()) {
        const IdxHeader test = IdxReader::readHeader(files.testImages);
        if (test.dimensionCount == 3)
            info.testCount = test.dimensions[0];
    }
    info.hasLabels = !files.trainLabels.isEmpty();
    return info;
}

} // namespace genlab::data
