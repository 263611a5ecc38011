#pragma once

#include "explore/LatentDirections.h"

#include <QVector>
#include <QWidget>

class QGridLayout;
class QLabel;
class QSlider;

namespace genlab::ui {

// One slider per shown axis (latent dimension or principal direction), each from -3 to 3 in
// the axis's units. The sliders move a base code: code() is the base moved by how far each
// slider is from where setBase() put it, so moving a slider back returns exactly the base.
class LatentSliderBox : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTicksPerUnit = 100;
    static constexpr double kRange = 3.0;
    static constexpr int kMaxSliders = 16;

    explicit LatentSliderBox(QWidget* parent = nullptr);

    // The axes to show (indices into directions, at most kMaxSliders); keeps the base.
    void setDirections(const explore::LatentDirections& directions, const QVector<int>& shownAxes);
    void setBase(const QVector<float>& base);

    const explore::LatentDirections& directions() const { return m_directions; }
    QVector<int> shownAxes() const { return m_axes; }
    QVector<float> base() const { return m_base; }
    QVector<float> code() const;
    int sliderCount() const { return m_sliders.size(); }
    QSlider* slider(int row) const { return m_sliders.value(row); }
    QString valueText(int row) const; // the number beside a slider

signals:
    void codeChanged(const QVector<float>& code);

private:
    void showValue(int row, double coordinate);
    void rebuild();
    void placeSliders();
    void onSliderMoved(int row);

    explore::LatentDirections m_directions;
    QVector<int> m_axes;
    QVector<float> m_base;
    QVector<int> m_baseTicks; // where setBase() put each slider
    QVector<QSlider*> m_sliders;
    QVector<QLabel*> m_values;
    QGridLayout* m_grid = nullptr;
};

} // namespace genlab::ui
