#pragma once

// A tiny labelled image data set written on the spot for the explorer tests: 28x28 grey PNGs
// of one bright bar each, in class folders h0..h3 (horizontal bars at four heights) and
// v0..v3 (vertical bars at four places), with a little noise so no two images are equal.

#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <QString>

namespace genlab::testing {

inline bool writeBarImageFolder(const QString& folder, int perClass = 12)
{
    QRandomGenerator random(42);
    for (int kind = 0; kind < 8; ++kind) {
        const bool horizontal = kind < 4;
        const QString className = QStringLiteral("%1%2").arg(horizontal ? 'h' : 'v').arg(kind % 4);
        if (!QDir(folder).mkpath(className))
            return false;
        const int position = 4 + (kind % 4) * 5;
        for (int i = 0; i < perClass; ++i) {
            QImage image(28, 28, QImage::Format_Grayscale8);
            for (int y = 0; y < 28; ++y) {
                for (int x = 0; x < 28; ++x) {
                    const int along = horizontal ? y : x;
                    const bool bar = along >= position && along < position + 4;
                    image.scanLine(y)[x] = uchar(bar ? 230 + random.bounded(25) : random.bounded(20));
                }
            }
            if (!image.save(QStringLiteral("%1/%2/%3.png").arg(folder, className).arg(i)))
                return false;
        }
    }
    return true;
}

} // namespace genlab::testing
