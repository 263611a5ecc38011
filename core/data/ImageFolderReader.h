#pragma once

#include "DataCatalog.h"
#include "DataSet.h"

#include <QString>
#include <QStringList>

namespace genlab::data {

// A folder of PNG/JPEG images, centre-cropped to a square and resized to
// options.imageSize, grey (1 channel) or colour (3 channels, options.colour). Two layouts:
// images directly in the folder (no labels), or one subfolder per class holding that class's
// images (labels = subfolder index in name order, class names = subfolder names), as
// torchvision's ImageFolder expects. A file with an image extension that does not decode is
// an error naming the file: nothing is skipped silently.
class ImageFolderReader
{
public:
    static constexpr int kMaxImageSize = 512;

    static QStringList imageExtensions(); // "*.png", "*.jpg", ...
    static bool looksLikeImageFolder(const QString& folder);
    static DataSet read(const QString& folder, const LoadOptions& options);
};

} // namespace genlab::data
