#pragma once

#include "StoryVerdict.h"

#include <QString>
#include <QVector>

#include <cstdint>

namespace genlab::training {

// Follows a run towards its StoryVerdict, step by step: the trainer hands it every step's
// metrics and, on the steps it asks for, the evaluation figures. The first step at which every
// condition holds is when the story was told; afterwards it asks for nothing more.
class VerdictWatch
{
public:
    explicit VerdictWatch(StoryVerdict verdict = {});

    bool applies() const { return !m_verdict.isEmpty(); }
    bool told() const { return m_told; }
    int64_t toldStep() const { return m_toldStep; }
    double toldSeconds() const { return m_toldSeconds; }
    const StoryVerdict& verdict() const { return m_verdict; }

    // Whether the figures are to be judged at this step (every `every` steps and the last).
    bool wantsFigures(int64_t step, bool lastStep) const;
    // Judges one step; figures: Trainer::evaluate()'s values when wantsFigures(), else null.
    // Returns true at the step the story is told.
    bool observe(int64_t step, double seconds, const models::StepMetrics& metrics,
                 const models::StepMetrics* figures);

    // One line for the command line, the status bar and the Mode collapse tab:
    // "story told at step 1200 after 4.1 s: modes <= 2 and top2_share >= 0.9", or
    // "story not told yet (modes <= 2 and ...): modes 5, top2_share 0.41"; empty when the run
    // has no verdict.
    QString line() const;
    // The same once the run has ended after `steps` steps without the verdict:
    // "story not told in 1500 steps (modes >= 8 and ...): modes 7, hq 0.93".
    QString endLine(int64_t steps) const;
    // How far each condition still is, as in line().
    QString progress() const;

private:
    bool holds(int index) const;

    StoryVerdict m_verdict;
    QVector<double> m_values;    // the newest value judged per condition (NaN: not yet measured)
    QVector<int64_t> m_runs;     // MetricBelow: steps in a row below the bound
    int64_t m_holdingSince = -1; // the first judgement of the current streak where all held
    bool m_told = false;
    int64_t m_toldStep = 0;
    double m_toldSeconds = 0.0;
};

} // namespace genlab::training
