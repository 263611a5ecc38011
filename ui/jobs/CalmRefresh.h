#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;

namespace genlab::ui {

// Keeps a costly view from redrawing at the pace snapshots arrive while training (a few a
// second): request() redraws at once when the last redraw is at least `minimumMs` old, else
// once when it will be. A view calls markRefreshed() whenever it redraws for another reason
// (a changed option), so that the clock starts again and a pending redraw is dropped.
class CalmRefresh : public QObject
{
    Q_OBJECT

public:
    CalmRefresh(int minimumMs, std::function<void()> refresh, QObject* parent);

    void request();
    void markRefreshed();

private:
    int m_minimumMs = 0;
    std::function<void()> m_refresh;
    QElapsedTimer m_sinceRefresh;
    QTimer* m_delayed = nullptr;
};

} // namespace genlab::ui
