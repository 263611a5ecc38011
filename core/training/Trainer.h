#pragma once

#include "TrainingConfig.h"
#include "VerdictWatch.h"
#include "common/TensorFwd.h"
#include "metrics/EvaluationFigures.h"
#include "models/GenerativeModel.h"
#include "models/HyperParameterSpec.h"
#include "models/StepMetrics.h"
#include "run/SettingChange.h"

#include <QImage>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>
#include <string>

namespace genlab::data {
struct DataSet;
}

namespace genlab::run {
class RunDirectory;
}

namespace genlab::training {

// What one step hands back: where the run stands and what the model reported.
struct StepResult {
    int64_t step = 0;     // steps done, counting this one
    int64_t epoch = 0;    // completed passes over the training set
    double seconds = 0.0; // training time so far (continues across a resume)
    models::StepMetrics metrics;
    QVector<run::SettingChange> scheduled; // the run's schedule changed these before this step
    bool storyTold = false;                // the run's verdict held for the first time at this step
};

// The headless step loop behind `genlab train` and the window's TrainingSession: loads the
// data, builds the model, runs one step at a time, and keeps the run folder (when the config
// names one) up to date. Deterministic for a seed when torch runs on one thread.
// Not thread-safe: one thread drives it.
class Trainer
{
public:
    // Throws InputError for a bad config (unknown model, data, setting).
    explicit Trainer(const TrainingConfig& config);
    // With a model made elsewhere (tests, or a caller that built it already); config.model
    // and config.settings are then taken from the model.
    Trainer(const TrainingConfig& config, std::unique_ptr<models::GenerativeModel> model);
    // One process of a data-parallel job (`genlab train --nproc`): every process builds the
    // same run from the same config; each trains on its share of every batch and gradients are
    // averaged over the job, so the run is the one a single process would make. Rank 0 alone
    // writes the run folder; the metrics it writes are the job's means.
    static std::unique_ptr<Trainer> inJob(const TrainingConfig& config,
                                          std::shared_ptr<models::DataParallelLink> link);
    // Continues a run from its newest checkpoint (or the checkpoint file given), writing on
    // into the same folder. `steps`/`epochs` > 0 replace the recorded run length. In a job,
    // rank 0 reads the checkpoint and sends it to the others (who need no copy of the folder).
    static std::unique_ptr<Trainer> resume(const QString& runOrCheckpoint, int64_t steps = 0,
                                           int64_t epochs = 0,
                                           std::shared_ptr<models::DataParallelLink> link = nullptr);
    // The same state, read only: nothing is written (for `genlab sample` and `genlab eval`).
    static std::unique_ptr<Trainer> open(const QString& runOrCheckpoint);
    ~Trainer();

    // One step; throws DivergenceError on a non-finite value (after logging it as an event).
    StepResult step(models::StepPart part = models::StepPart::Both);
    bool finished() const; // the configured run length is reached
    // The run's story verdict (the preset's), judged as the run goes; see StoryVerdict.
    const VerdictWatch& verdict() const;

    int64_t currentStep() const;
    int64_t epoch() const;
    int64_t totalSteps() const; // the run length in steps (epochs converted)
    double elapsedSeconds() const;
    const TrainingConfig& config() const;
    QString runPath() const; // empty when the run writes no folder

    // Hyper-parameters: the model's specs and current values; a change applies at the next
    // step and is logged as an event. Throws InputError for an unknown name or a bad value.
    models::HyperParameterSpecs hyperParameterSpecs() const;
    QVariantMap hyperParameters() const;
    run::SettingChange setHyperParameter(const QString& name, const QVariant& value);

    bool isImageModel() const;
    // Samples from fixed noise (the same z every call): a tiled grid for image data
    // (count 0: the config's sample count), ...
    QImage sampleGrid(int count = 0) const;
    // ... or 2-D points for point data (count 0: ModeCoverage::kPointCount).
    QVector<QPointF> samplePoints(int count = 0) const;
    // The evaluation figures that apply to this run: the mode coverage on 2-D mixtures, the
    // held-out loss for VAEs.
    metrics::EvaluationFigures evaluate() const;

    // Writes samples / a checkpoint for the current step (also done on the configured
    // intervals and at the end by step()).
    void writeSamples();
    QString writeCheckpoint();

    models::GenerativeModel& model();
    const data::DataSet& dataSet() const;

private:
    struct Private;
    explicit Trainer(std::unique_ptr<Private> d);
    run::SettingChange setHyperParameter(const QString& name, const QVariant& value, const QString& event);
    // The parts of evaluate() named in `parts` (all of them: evaluate()).
    metrics::EvaluationFigures evaluate(const QSet<metrics::FigurePart>& parts) const;
    static std::unique_ptr<Trainer> restore(const QString& runOrCheckpoint, int64_t steps, int64_t epochs,
                                            bool writable, std::shared_ptr<models::DataParallelLink> link);
    // The checkpoint's bytes: read from the file here, or in a job from rank 0.
    static std::string checkpointBytes(const QString& runOrCheckpoint, QString& checkpoint, QString& runPath,
                                       models::DataParallelLink* link);
    void openRunFolder();
    std::unique_ptr<Private> d;
};

} // namespace genlab::training
