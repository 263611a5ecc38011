#include "CalmRefresh.h"

#include <QTimer>

namespace genlab::ui {

CalmRefresh::CalmRefresh(int minimumMs, std::function<void()> refresh, QObject* parent)
    : QObject(parent), m_minimumMs(minimumMs), m_refresh(std::move(refresh))
{
    m_delayed = new QTimer(this);
    m_delayed->setSingleShot(true);
    connect(m_delayed, &QTimer::timeout, this, [this] { m_refresh(); });
}

void CalmRefresh::request()
{
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : m_minimumMs;
    if (since >= m_minimumMs)
        m_refresh();
    else if (!m_delayed->isActive())
        m_delayed->start(int(m_minimumMs - since));
}

void CalmRefresh::markRefreshed()
{
    m_delayed->stop();
    m_sinceRefresh.start();
}

} // namespace genlab::ui
