#include "CollapseAlarm.h"

#include <algorithm>
#include <cmath>

namespace genlab::metrics {

namespace {

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
}

// The median absolute deviation scaled to a standard deviation for Gaussian noise.
constexpr double kMadToSigma = 1.4826;

} // namespace

double CollapseAlarm::baseline() const
{
    return median(m_recent);
}

bool CollapseAlarm::add(double value)
{
    if (!std::isfinite(value))
        return false;
    bool fired = false;
    if (m_recent.size() >= m_settings.warmUp) {
        const double centre = median(m_recent);
        QVector<double> deviations;
        for (double recent : m_recent)
            deviations << std::abs(recent - centre);
        const double noise = kMadToSigma * median(deviations);
        const double fall = centre - value;
        fired = fall > m_settings.dropShare * std::abs(centre) && fall > m_settings.noiseFactor * noise &&
                fall >= m_settings.minimumFall;
    }
    if (fired)
        m_recent.clear();
    m_recent << value;
    if (m_recent.size() > m_settings.window)
        m_recent.removeFirst();
    return fired;
}

} // namespace genlab::metrics
