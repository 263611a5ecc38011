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

QString ScientificSpinBox::compactText(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude != 0.0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
        // "1e-5", "2.5e-4", "1e6": C's "1e-05" and Qt's grouped "100,000" were mixed before.
        const QString mantissaAndExponent = QString::number(value, 'e', 5);
        QString mantissa = mantissaAndExponent.section(QLatin1Char('e'), 0, 0);
        const int exponent = mantissaAndExponent.section(QLatin1Char('e'), 1, 1).toInt();
        if (mantissa.contains(QLatin1Char('.'))) {
            while (mantissa.endsWith(QLatin1Char('0')))
                mantissa.chop(1);
            if (mantissa.endsWith(QLatin1Char('.')))
                mantissa.chop(1);
        }
        return mantissa + QLatin1Char('e') + QString::number(exponent);
    }
    return QString::number(value, 'g', 6);
}

QString ScientificSpinBox::textFromValue(double value) const
{
    return compactText(value);
}

double ScientificSpinBox::valueFromText(const QString& text) const
{
    // The field writes C-style numbers (compactText); a locale's own way of typing them works too.
    bool ok = false;
    const double parsed = QString(text).trimmed().toDouble(&ok);
    return ok ? parsed : locale().toDouble(text.trimmed());
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
