#pragma once

#include <QImage>
#include <QWidget>

namespace genlab::ui {

// Shows an image as large as fits, keeping its aspect ratio and enlarging by nearest
// neighbour so that 28x28 pixels stay crisp squares instead of a blur.
class ImageCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ImageCanvas(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }
    // Where the image is drawn, in widget coordinates (empty when there is none).
    QRect imageRect() const;

signals:
    // A click on the image, in the image's own pixel coordinates.
    void imageClicked(QPoint pixel);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    QSize sizeHint() const override { return {320, 320}; }

private:
    QImage m_image;
};

} // namespace genlab::ui
