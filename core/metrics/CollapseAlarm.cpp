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
    return m_suspect.isEmpty() ? median(m_recent) : m_centre;
}

void CollapseAlarm::reset()
{
    m_recent.clear();
    m_suspect.clear();
}

bool CollapseAlarm::isDrop(double value) const
{
    const double fall = m_centre - value;
    return fall > m_settings.dropShare * std::abs(m_centre) && fall > m_settings.noiseFactor * m_noise &&
           fall >= m_settings.minimumFall;
}

void CollapseAlarm::remember(double value)
{
    m_recent << value;
    if (m_recent.size() > m_settings.window)
        m_recent.removeFirst();
}

bool CollapseAlarm::add(double value)
{
    if (!std::isfinite(value))
        return false;
    if (m_suspect.isEmpty()) {
        if (m_recent.size() < m_settings.warmUp) {
            remember(value);
            return false;
        }
        m_centre = median(m_recent);
        QVector<double> deviations;
        for (double recent : m_recent)
            deviations << std::abs(recent - m_centre);
        m_noise = kMadToSigma * median(deviations);
    }
    if (!isDrop(value)) {
        // Back up again: the suspected drop was a dip, and its values are ordinary history.
        for (double suspect : m_suspect)
            remember(suspect);
        m_suspect.clear();
        remember(value);
        return false;
    }
    m_suspect << value;
    if (m_suspect.size() < std::max(1, m_settings.confirmations))
        return false;
    m_recent = m_suspect;
    m_suspect.clear();
    return true;
}

} // namespace genlab::metrics
