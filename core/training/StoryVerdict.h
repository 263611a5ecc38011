#pragma once

#include "models/StepMetrics.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <cstdint>

namespace genlab::training {

// The condition that tells a preset's story, stated in the preset file on figures GenLab
// already computes, for example
//   "verdict": {"every": 100, "all": [{"figure": "modes", "at_most": 2},
//                                     {"figure": "top2_share", "at_least": 0.9}]}
//   "verdict": {"all": [{"metric": "grad_g", "below": 0.05, "for_steps": 200}]}
// A "figure" is one of Trainer::evaluate()'s (modes, hq, rkl, top2_share, test_loss,
// classes_covered, class_kl, classifier_frechet, ...), judged every `every` steps; a "metric"
// is one a step reports (grad_g, loss_d, ...), judged every step, and must stay below its bound
// for `for_steps` steps in a row. The story is told at the first judgement where every
// condition holds, or, with "hold_steps": H, once they have held at every judgement for H steps
// (a collapse that lasts, not the first blob of an untrained generator). A plain value: it
// travels in TrainingConfig and config.json.
class StoryVerdict
{
public:
    struct Condition {
        enum class Kind { FigureAtMost, FigureAtLeast, MetricBelow };
        Kind kind = Kind::FigureAtMost;
        QString name;
        double bound = 0.0;
        int64_t forSteps = 0; // MetricBelow only
    };

    static constexpr int64_t kDefaultEvery = 100;

    // Throws InputError naming the origin and the part that is malformed.
    static StoryVerdict fromJson(const QJsonObject& json, const QString& origin);
    QJsonObject toJson() const;

    bool isEmpty() const { return m_conditions.isEmpty(); }
    int64_t every() const { return m_every; }
    int64_t holdSteps() const { return m_holdSteps; }
    const QVector<Condition>& conditions() const { return m_conditions; }
    bool needsFigures() const;

    // "modes <= 2 and top2_share >= 0.9", "grad_g < 0.05 for 200 steps"
    QString describe() const;
    static QString describe(const Condition& condition);

private:
    int64_t m_every = kDefaultEvery;
    int64_t m_holdSteps = 0;
    QVector<Condition> m_conditions;
};

} // namespace genlab::training
