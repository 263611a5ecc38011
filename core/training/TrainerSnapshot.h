#pragma once

#include "snapshot/ModelSnapshot.h"

#include <QString>

namespace genlab::training {

class Trainer;

// Where frozen model copies come from: a trainer at its current step, or the newest
// checkpoint of a run folder. Qt-only, so the window can open a run's snapshot.
class TrainerSnapshot
{
public:
    // Copies the trainer's current model and shares its data.
    static snapshot::ModelSnapshotPtr capture(Trainer& trainer);
    // The newest checkpoint of a run folder (or a checkpoint file), with its data loaded.
    // Throws InputError when the run cannot be opened.
    static snapshot::ModelSnapshotPtr open(const QString& runOrCheckpoint);
};

} // namespace genlab::training
