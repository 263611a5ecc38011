#include "TrainerSnapshot.h"

#include "Trainer.h"
#include "common/TorchApi.h"

namespace genlab::training {

snapshot::ModelSnapshotPtr TrainerSnapshot::capture(Trainer& trainer)
{
    return snapshot::ModelSnapshot::capture(trainer.model(), trainer.dataSet(), trainer.currentStep(),
                                            trainer.config().device);
}

snapshot::ModelSnapshotPtr TrainerSnapshot::open(const QString& runOrCheckpoint)
{
    const std::unique_ptr<Trainer> trainer = Trainer::open(runOrCheckpoint);
    return capture(*trainer);
}

} // namespace genlab::training
