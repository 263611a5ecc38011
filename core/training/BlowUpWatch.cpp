#include "BlowUpWatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace genlab::training {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

} // namespace

bool BlowUpWatch::pastLimit(double value, double reference, double limit, int64_t step, int64_t& earlySign)
{
    if (value > kEarlySign * limit * reference) {
        if (earlySign < 0)
            earlySign = step;
    } else {
        earlySign = -1; // back to normal: a spike, not a blow-up
    }
    return value > limit * reference;
}

std::optional<BlowUpWatch::Finding> BlowUpWatch::observe(int64_t step, const models::StepMetrics& metrics,
                                                         double parameterNorm, bool generatorUpdated)
{
    for (const models::NamedValue& value : metrics) {
        if (!value.name.startsWith(QLatin1String("loss")) || !std::isfinite(value.value))
            continue;
        const double magnitude = std::abs(value.value);
        Level& level = m_losses[value.name];
        if (level.seen < kSettleSteps) {
            level.settled = std::max(level.settled, magnitude);
            ++level.seen;
            continue;
        }
        // A loss that settled near zero is measured against 1, not against its tiny level.
        if (pastLimit(magnitude, std::max(level.settled, 1.0), kLossGrowthLimit, step, level.earlySign))
            return Finding{
                value.name, level.earlySign,
                QCoreApplication::translate("genlab::Errors", "%1, a million times its level of %2")
                    .arg(number(value.value), number(level.settled))};
    }

    if (parameterNorm >= 0.0 && std::isfinite(parameterNorm)) {
        if (m_startNorm < 0.0)
            m_startNorm = parameterNorm;
        if (pastLimit(parameterNorm, std::max(m_startNorm, 1e-6), kNormGrowthLimit, step, m_normEarlySign))
            return Finding{
                QStringLiteral("parameter norm"), m_normEarlySign,
                QCoreApplication::translate("genlab::Errors", "%1, a thousand times its start of %2")
                    .arg(number(parameterNorm), number(m_startNorm))};
    }

    if (generatorUpdated) {
        const auto gradient =
            std::find_if(metrics.begin(), metrics.end(), [](const models::NamedValue& value) {
                return value.name == QLatin1String("grad_g");
            });
        const auto loss = std::find_if(metrics.begin(), metrics.end(), [](const models::NamedValue& value) {
            return value.name == QLatin1String("loss_g");
        });
        // A zero gradient at a loss that is itself at zero is the saturating loss's known stall
        // (log(1 - D(G(z))) is flat once D wins: the story of saturating-gan-ring8), not a breakdown.
        const bool saturated = loss != metrics.end() && std::abs(loss->value) < kSaturatedLoss;
        if (gradient != metrics.end() && !saturated) {
            if (gradient->value == 0.0) {
                if (m_zeroGradientSince < 0)
                    m_zeroGradientSince = step;
                if (step - m_zeroGradientSince + 1 >= kDeadGradientSteps)
                    return Finding{
                        QStringLiteral("grad_g"), m_zeroGradientSince,
                        QCoreApplication::translate("genlab::Errors",
                                                    "exactly 0 for %1 steps: the generator learns nothing")
                            .arg(step - m_zeroGradientSince + 1)};
            } else {
                m_zeroGradientSince = -1;
            }
        } else {
            m_zeroGradientSince = -1;
        }
    }
    return std::nullopt;
}

} // namespace genlab::training
