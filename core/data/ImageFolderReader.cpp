#include "ImageFolderReader.h"

#include "common/ImageFile.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>

#include <cstring>

namespace genlab::data {

namespace {

QStringList imagesIn(const QDir& folder)
{
    return folder.entryList(ImageFolderReader::imageExtensions(), QDir::Files | QDir::Readable,
                            QDir::Name | QDir::IgnoreCase);
}

QImage loadSquare(const QString& path, int size, bool colour)
{
    QImage image = ImageFile::read(path);
    // Centre crop to a square first, so that resizing keeps the proportions.
    const int side = std::min(image.width(), image.height());
    if (image.width() != image.height())
        image = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    if (side != size)
        image = image.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        // Transparent pixels become white, as a viewer on a white page shows them.
        image = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int alpha = qAlpha(line[x]);
                auto blend = [alpha](int value) { return (value * alpha + 255 * (255 - alpha) + 127) / 255; };
                line[x] = qRgb(blend(qRed(line[x])), blend(qGreen(line[x])), blend(qBlue(line[x])));
            }
        }
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    return image.convertToFormat(colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
}

} // namespace

QStringList ImageFolderReader::imageExtensions()
{
    return {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")};
}

bool ImageFolderReader::looksLikeImageFolder(const QString& folder)
{
    const QDir dir(folder);
    if (!imagesIn(dir).isEmpty())
        return true;
    for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!imagesIn(QDir(dir.filePath(sub))).isEmpty())
            return true;
    return false;
}

DataSet ImageFolderReader::read(const QString& folder, const LoadOptions& options)
{
    const int size = options.imageSize;
    if (size < 1 || size > kMaxImageSize)
        throw InputError(QCoreApplication::translate("genlab::Errors", "image size %1 is outside 1..%2")
                             .arg(size)
                             .arg(kMaxImageSize));
    const QDir dir(folder);
    if (!dir.exists())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: no such folder").arg(folder));

    // (path, label) in a fixed order: by class, then by file name.
    QStringList paths;
    std::vector<int64_t> labels;
    QStringList classNames;
    const QStringList direct = imagesIn(dir);
    if (!direct.isEmpty()) {
        for (const QString& name : direct)
            paths << dir.filePath(name);
    } else {
        for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir classDir(dir.filePath(sub));
            const QStringList files = imagesIn(classDir);
            if (files.isEmpty())
                continue;
            for (const QString& name : files) {
                paths << classDir.filePath(name);
                labels.push_back(classNames.size());
            }
            classNames << sub;
        }
    }
    if (paths.isEmpty())
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: no PNG or JPEG images here (nor in class subfolders)")
                             .arg(folder));

    const int channels = options.colour ? 3 : 1;
    const int64_t count = paths.size();
    at::Tensor images = torch::empty({count, channels, size, size}, torch::kFloat32);
    float* out = images.data_ptr<float>();
    const int64_t plane = int64_t(size) * size;
    constexpr float kScale = 1.0f / 255.0f;
    for (int64_t i = 0; i < count; ++i) {
        const QImage image = loadSquare(paths[int(i)], size, options.colour);
        float* sample = out + i * channels * plane;
        for (int y = 0; y < size; ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < size; ++x)
                for (int c = 0; c < channels; ++c)
                    sample[c * plane + y * size + x] = float(line[x * channels + c]) * kScale;
        }
    }

    DataSet data;
    data.name = folder;
    data.kind = DataKind::Images;
    data.train = images;
    if (!classNames.isEmpty()) {
        data.trainLabels = torch::from_blob(labels.data(), {count}, torch::kInt64).clone();
        data.classNames = classNames;
    }
    return data;
}

} // namespace genlab::data
