#pragma once

#include "models/StepMetrics.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace genlab::training {

// Notices a run going off long before its numbers turn into NaN or inf. A generator sent off
// by a huge learning rate can run for thousands of steps with losses near 1e23 and no
// gradient at all; by then every checkpoint written meanwhile holds ruined weights. Three
// signs, each far outside what a healthy run shows:
// - a loss whose magnitude is a million times the level it settled at in the first steps;
// - trained weights whose norm is a thousand times their norm at the start;
// - a generator whose gradient is exactly zero for hundreds of steps in a row, while its loss
//   is not at zero (where the saturating loss stalls by design).
// Each finding says when the trouble began (the first step a loss or the norm passed a
// hundredth of its limit, or the first zero gradient), so that a recovery can go back to a
// checkpoint from before it. Plain arithmetic; the Trainer feeds it every step.
class BlowUpWatch
{
public:
    static constexpr double kLossGrowthLimit = 1e6;
    static constexpr double kNormGrowthLimit = 1e3;
    static constexpr double kEarlySign = 1e-2; // of a limit: where the trouble is dated from
    static constexpr int kSettleSteps = 20;    // the loss level is learned over these steps
    static constexpr int kDeadGradientSteps = 300;
    static constexpr double kSaturatedLoss = 1e-3; // |loss_g| below this: a stall, not a failure

    struct Finding {
        QString quantity;  // "loss_g", "parameter norm", "grad_g"
        int64_t since = 0; // the step the trouble began
        QString reason;    // one phrase: "1.2e+23, a million times its level of 0.69"
    };

    // `step` counts this one; `parameterNorm` is the norm of all trained weights after it
    // (negative: not measured); `generatorUpdated` is false for a discriminator-only step,
    // whose grad_g says nothing.
    std::optional<Finding> observe(int64_t step, const models::StepMetrics& metrics, double parameterNorm,
                                   bool generatorUpdated);

private:
    // Whether `value` is past `limit` times `reference`; `earlySign` keeps the first step of
    // the current rise past kEarlySign of that (and forgets it when the value falls back).
    static bool pastLimit(double value, double reference, double limit, int64_t step, int64_t& earlySign);

    struct Level {
        double settled = 0.0; // the largest magnitude seen while settling
        int seen = 0;
        int64_t earlySign = -1; // the first step past kEarlySign of the limit
    };
    QHash<QString, Level> m_losses;
    double m_startNorm = -1.0;
    int64_t m_normEarlySign = -1;
    int64_t m_zeroGradientSince = -1;
};

} // namespace genlab::training
