#include "ImageFigures.h"

#include "ImageCoverageMeter.h"
#include "ImageSharpness.h"
#include "SampleDiversity.h"
#include "snapshot/ModelSnapshot.h"

#include <QImage>

namespace genlab::metrics {

ImageFigures ImageFigures::measure(const snapshot::ModelSnapshot& snapshot, const ImageCoverageMeter* meter)
{
    ImageFigures figures;
    const QVector<QImage> images = snapshot.decodeImages(snapshot.randomCodes(kSampleCount, kSharpnessSeed));
    figures.sharpness = ImageSharpness::meanLaplacianVariance(images);
    if (meter) {
        const ImageCoverageFrame coverage = meter->measure(snapshot);
        figures.diversity = coverage.diversity;
        if (coverage.hasClasses)
            figures.classes = coverage;
        return figures;
    }
    if (images.size() >= 2) {
        QVector<float> rows;
        const int dimension = images.first().width() * images.first().height();
        for (const QImage& image : images) {
            const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
            for (int y = 0; y < grey.height(); ++y)
                for (int x = 0; x < grey.width(); ++x)
                    rows << grey.constScanLine(y)[x] / 255.0f;
        }
        figures.diversity = SampleDiversity::meanPairwiseDistance(rows, dimension);
    }
    return figures;
}

} // namespace genlab::metrics
