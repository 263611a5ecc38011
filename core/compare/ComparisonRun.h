#pragma once

#include "ComparisonFrame.h"
#include "ComparisonPlan.h"
#include "ComparisonStart.h"

#include <QString>

#include <functional>
#include <memory>

namespace genlab::compare {

// The engine of a comparison, for one thread (the window's worker or the `genlab compare`
// verb): builds one Trainer per entry on the same data and trains them in turns of
// plan.stepsPerTurn steps each (round robin), measuring each model every plan.measureEvery of
// its steps and at its end. Turns rather than one model after another so that every curve
// grows from the first second and a comparison stopped early still compares the models at
// (nearly) the same step.
class ComparisonRun
{
public:
    // Loads the data and builds the models (slow). outDir non-empty: each entry writes a run
    // folder outDir/<label>. threads: LibTorch threads for training. `interrupted` can cut
    // the classifier's loading short. Throws InputError for a plan that cannot run.
    ComparisonRun(const ComparisonPlan& plan, const QString& outDir, int threads,
                  const std::function<bool()>& interrupted = {});
    ~ComparisonRun();
    ComparisonRun(const ComparisonRun&) = delete;
    ComparisonRun& operator=(const ComparisonRun&) = delete;

    const ComparisonStart& start() const;
    int entryCount() const;
    bool finished() const; // every model has reached its run length

    // One step of the model whose turn it is. Returns that entry's index, and sets `measured`
    // when the step made a measurement due (then take it with measure()). Throws
    // DivergenceError / InputError as Trainer::step does.
    int step(bool* measured);
    // The figures of one model now (also for step 0, before any training).
    ComparisonFrame measure(int entry) const;
    // Only the grid (or points) of one model now, without figures: cheap.
    ComparisonFrame preview(int entry) const;
    qint64 currentStep(int entry) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace genlab::compare
