#pragma once

#include <QImage>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace genlab::exporting {

// One folder that carries a run away: config.json (everything needed to train it again),
// the newest checkpoint, weights.pt for PyTorch, metrics.csv, events.csv, the newest sample
// picture plus any images the caller adds, and a README saying how it was made and how to
// reproduce it (`genlab train --config config.json --out NEW`).
class RunBundle
{
public:
    using NamedImage = QPair<QString, QImage>; // file name (PNG) and picture
    // Builds the bundle in a temporary folder beside `target` and renames it into place, so
    // a bundle is there whole or not at all. `target` must not exist yet. Returns the names
    // of the files written. Throws InputError for a folder that is not a run or a write that
    // fails.
    static QStringList write(const QString& runPath, const QString& target,
                             const QVector<NamedImage>& images = {});
};

} // namespace genlab::exporting
