#pragma once

#include <QDoubleSpinBox>

namespace genlab::ui {

// A number field for values that span decades (learning rates, penalty weights): shows
// 0.0001 as 1e-4, accepts either, and on a log scale the arrows multiply or divide by two
// instead of adding a fixed step.
class ScientificSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit ScientificSpinBox(QWidget* parent = nullptr);

    void setLogarithmicSteps(bool logarithmic) { m_logarithmic = logarithmic; }
    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    // One format for every number field: plain below 100000 and above 0.001 ("0.01", "2500"),
    // scientific outside that range without padding ("1e-5", "2.5e-4", "1e6").
    static QString compactText(double value);
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;

private:
    bool m_logarithmic = false;
};

} // namespace genlab::ui
