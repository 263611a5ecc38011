#pragma once

#include <QPoint>
#include <QSize>
#include <QVector>

namespace genlab::explore {

// The fixed noise behind a run's sample grid (the Trainer's sampleNoise), so that a click on
// a tile of the grid can load that sample's z into the explorer.
class SampleGridCodes
{
public:
    // The codes of the grid of a run with this seed and sample count (row-major,
    // count * latentDim). tests/explore/tst_snapshotexplore.cpp
    // (sampleGridCodes_decoded_giveTheTrainersSampleGrid) checks them against Trainer::sampleGrid().
    static QVector<float> codes(quint64 runSeed, int count, int latentDim);
    // Which tile of a sample grid image (ImageGrid::tile layout: ceil(sqrt(count)) columns,
    // 2-pixel gaps) lies under `pixel`; -1 for a gap.
    static int tileAt(QPoint pixel, QSize tileSize, int count);
};

} // namespace genlab::explore
