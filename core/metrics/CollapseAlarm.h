#pragma once

#include <QVector>

namespace genlab::metrics {

// Watches a series that should not fall (modes or classes covered, diversity) and fires once
// when it drops sharply: the new value lies below the median of the recent values by more
// than a share of that median, by more than several times the recent noise (median absolute
// deviation) and by at least a minimum fall, AND the next `confirmations - 1` values stay
// below that line too. A single low value between normal ones is jitter and never fires it.
// After firing, the recent history restarts at the new level, so it fires again only on a
// further drop.
class CollapseAlarm
{
public:
    struct Settings {
        int window = 12;          // recent values the baseline is the median of
        int warmUp = 4;           // values needed before it can fire
        double dropShare = 0.3;   // fall needed, as a share of the baseline
        double noiseFactor = 4.0; // fall needed, in robust standard deviations of the baseline
        double minimumFall = 0.0; // fall needed in the series' own units (e.g. 2 modes)
        int confirmations = 2;    // consecutive low values needed (1: fire on the first)
    };

    CollapseAlarm() = default;
    explicit CollapseAlarm(const Settings& settings) : m_settings(settings) {}

    // Adds the next value; true when this value sets the alarm off.
    bool add(double value);
    void reset();
    double baseline() const; // median of the recent values (frozen during a suspected drop); 0 before any

private:
    bool isDrop(double value) const;
    void remember(double value);

    Settings m_settings;
    QVector<double> m_recent;
    QVector<double> m_suspect; // low values waiting for confirmation
    double m_centre = 0.0;     // baseline and noise when the suspected drop began
    double m_noise = 0.0;
};

} // namespace genlab::metrics
