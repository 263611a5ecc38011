#include "CollapseSource.h"

#include "CollapseFrameBuilder.h"

#include <algorithm>

namespace genlab::metrics {

CollapseSource CollapseSource::fromSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    using Split = snapshot::ModelSnapshot::Split;
    CollapseSource source;
    if (!snapshot || !snapshot->isPointModel())
        return source;
    source.step = snapshot->step();
    source.modelKind = snapshot->modelKind();
    source.dataName = snapshot->dataName();
    source.latentDim = snapshot->latentDim();

    // Evenly spaced items: the same real points every frame, spread over the whole set.
    const int available = snapshot->itemCount(Split::Train);
    const int shown = std::min(available, CollapseFrameBuilder::kRealCount);
    source.real.reserve(shown);
    for (int i = 0; i < shown; ++i)
        source.real << snapshot->itemPoint(Split::Train, int(qint64(i) * available / shown));

    // The lambdas hold the snapshot, so it lives as long as the source does.
    source.decodePoints = [snapshot](const QVector<float>& codes) { return snapshot->decodePoints(codes); };
    if (snapshot->hasCritic())
        source.criticValues = [snapshot](const QVector<QPointF>& points) {
            return snapshot->criticValues(points);
        };
    return source;
}

} // namespace genlab::metrics
