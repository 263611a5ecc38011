#pragma once

#include <QVector>

namespace genlab::metrics {

// Watches a series that should not fall (modes or classes covered, diversity) and fires once
// when it drops sharply: the new value lies below the median of the recent values by more
// than a share of that median AND by more than several times the recent noise (median
// absolute deviation). Ordinary jitter never fires it; after firing, the recent history
// restarts at the new level, so it fires again only on a further drop.
class CollapseAlarm
{
public:
    struct Settings {
        int window = 8;           // recent values the baseline is the median of
        int warmUp = 4;           // values needed before it can fire
        double dropShare = 0.3;   // fall needed, as a share of the baseline
        double noiseFactor = 4.0; // fall needed, in robust standard deviations of the baseline
        double minimumFall = 0.0; // fall needed in the series' own units (e.g. 2 modes)
    };

    CollapseAlarm() = default;
    explicit CollapseAlarm(const Settings& settings) : m_settings(settings) {}

    // Adds the next value; true when this value sets the alarm off.
    bool add(double value);
    void reset() { m_recent.clear(); }
    double baseline() const; // median of the recent values; 0 before any

private:
    Settings m_settings;
    QVector<double> m_recent;
};

} // namespace genlab::metrics
