#include "ScientificSpinBox.h"

#include <cmath>

namespace genlab::ui {

ScientificSpinBox::ScientificSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    // QDoubleSpinBox rounds to decimals(); keep enough for 1e-8 without showing them.
    setDecimals(12);
    setKeyboardTracking(false);
}

void ScientificSpinBox::stepBy(int steps)
{
    if (!m_logarithmic || value() <= 0.0) {
        QDoubleSpinBox::stepBy(steps);
        return;
    }
    setValue(std::clamp(value() * std::pow(2.0, steps), minimum(), maximum()));
}

QString ScientificSpinBox::textFromValue(double value) const
{
    return locale().toString(value, 'g', 6);
}

double ScientificSpinBox::valueFromText(const QString& text) const
{
    bool ok = false;
    const double parsed = locale().toDouble(text.trimmed(), &ok);
    return ok ? parsed : QString(text).trimmed().toDouble();
}

QValidator::State ScientificSpinBox::validate(QString& text, int&) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("-") ||
        trimmed.endsWith(QLatin1Char('e'), Qt::CaseInsensitive) ||
        trimmed.endsWith(QLatin1String("e-"), Qt::CaseInsensitive))
        return QValidator::Intermediate;
    bool ok = false;
    double parsed = locale().toDouble(trimmed, &ok);
    if (!ok)
        parsed = trimmed.toDouble(&ok);
    if (!ok)
        return QValidator::Invalid;
    return parsed >= minimum() && parsed <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace genlab::ui
