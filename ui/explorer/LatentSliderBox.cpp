#include "LatentSliderBox.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace genlab::ui {

LatentSliderBox::LatentSliderBox(QWidget* parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
}

void LatentSliderBox::setDirections(const explore::LatentDirections& directions,
                                    const QVector<int>& shownAxes)
{
    m_directions = directions;
    m_axes.clear();
    for (int axis : shownAxes)
        if (axis >= 0 && axis < directions.count() && m_axes.size() < kMaxSliders)
            m_axes.append(axis);
    if (m_base.size() != directions.latentDim)
        m_base = QVector<float>(directions.latentDim, 0.0f);
    rebuild();
}

void LatentSliderBox::rebuild()
{
    m_sliders.clear();
    m_values.clear();
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < m_axes.size(); ++row) {
        const int axis = m_axes[row];
        auto* name = new QLabel(m_directions.axisName(axis), this);
        name->setToolTip(m_directions.sourceName());
        auto* slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(QStringLiteral("latentSlider%1").arg(row));
        slider->setRange(int(-kRange * kTicksPerUnit), int(kRange * kTicksPerUnit));
        slider->setPageStep(kTicksPerUnit / 2);
        slider->setToolTip(
            tr("Move along %1 (-3 to 3 standard deviations)").arg(m_directions.axisName(axis)));
        auto* value = new QLabel(this);
        value->setMinimumWidth(40);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(slider, row, 1);
        m_grid->addWidget(value, row, 2);
        m_sliders.append(slider);
        m_values.append(value);
        connect(slider, &QSlider::valueChanged, this, [this, row] { onSliderMoved(row); });
    }
    // Few sliders stay together at the top instead of spreading over the height.
    for (int row = 0; row <= m_axes.size(); ++row)
        m_grid->setRowStretch(row, row == m_axes.size() ? 1 : 0);
    placeSliders();
}

void LatentSliderBox::setBase(const QVector<float>& base)
{
    if (base.size() != m_directions.latentDim)
        return;
    m_base = base;
    placeSliders();
}

void LatentSliderBox::placeSliders()
{
    const QVector<double> coordinates = m_directions.coordinates(m_base);
    m_baseTicks.resize(m_axes.size());
    for (int row = 0; row < m_axes.size(); ++row) {
        const double coordinate = std::clamp(coordinates.value(m_axes[row]), -kRange, kRange);
        m_baseTicks[row] = int(std::lround(coordinate * kTicksPerUnit));
        const QSignalBlocker blocker(m_sliders[row]);
        m_sliders[row]->setValue(m_baseTicks[row]);
        showValue(row, coordinates.value(m_axes[row]));
    }
}

QString LatentSliderBox::valueText(int row) const
{
    return row >= 0 && row < m_values.size() ? m_values[row]->text() : QString();
}

void LatentSliderBox::showValue(int row, double coordinate)
{
    // A code can lie beyond the slider's reach along an axis (a direction the model hardly
    // uses has a tiny spread): the label says so rather than print a number off the scale.
    QLabel* label = m_values[row];
    if (std::abs(coordinate) <= kRange) {
        label->setText(QString::number(coordinate, 'f', 2));
        label->setToolTip(QString());
        return;
    }
    label->setText(coordinate > 0 ? tr("> %1").arg(kRange, 0, 'f', 0) : tr("< -%1").arg(kRange, 0, 'f', 0));
    label->setToolTip(tr("%1: beyond the slider's range of \u00b1%2 along this axis")
                          .arg(coordinate, 0, 'f', 2)
                          .arg(kRange, 0, 'f', 0));
}

QVector<float> LatentSliderBox::code() const
{
    QVector<double> delta(m_directions.count(), 0.0);
    for (int row = 0; row < m_axes.size(); ++row)
        delta[m_axes[row]] = double(m_sliders[row]->value() - m_baseTicks[row]) / kTicksPerUnit;
    return m_directions.moved(m_base, delta);
}

void LatentSliderBox::onSliderMoved(int row)
{
    const QVector<float> current = code();
    const QVector<double> coordinates = m_directions.coordinates(current);
    showValue(row, coordinates.value(m_axes[row]));
    emit codeChanged(current);
}

} // namespace genlab::ui
