#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace genlab::run {

// The sample pictures a run folder holds, in step order: its PNG grids, or its 2-D sample
// CSVs drawn as scatter pictures on shared axes (with the real data beneath when it is a
// built-in mixture). How training progressed, ready for a GIF.
class RunTimeline
{
public:
    struct Frame {
        qint64 step = 0;
        QImage image;
    };
    // Throws InputError when the folder has no samples or a sample file is unreadable.
    static QVector<Frame> load(const QString& runPath);
    // The real points drawn under a 2-D run's samples: its data when that is a built-in
    // mixture (made in milliseconds), otherwise none, so that no file is read for a picture.
    static QVector<QPointF> realPoints(const QString& runPath);
};

} // namespace genlab::run
