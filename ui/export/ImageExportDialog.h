#pragma once

#include <QDialog>
#include <QSize>

#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace genlab::ui {

// Asks where and how big: a file name, a nearest-neighbour scale (28x28 samples are tiny at
// their true size) and, for animations, the frame delay and which frames to keep. Shows the
// size of the result as the scale changes.
class ImageExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Picture, Animation };

    ImageExportDialog(QWidget* parent, QSize sourceSize, Kind kind, const QString& suggestedPath);

    QString path() const;
    void setPath(const QString& path);
    int scale() const;
    void setScale(int scale);
    int delayMs() const;  // animations only
    int everyNth() const; // animations only
    QSize resultSize() const { return m_sourceSize * scale(); }
    // Animations: how many frames a choice of "keep every n-th" writes, so that the dialog can
    // say how many frames and how many seconds the result has.
    void setFrameCounter(std::function<int(int everyNth)> counter);
    QString frameSummary() const; // "25 frames, 5.0 s"; empty without a counter

    // A scale that makes a small picture at least about 400 pixels wide (1 for large ones).
    static int suggestedScale(QSize sourceSize);

private:
    void browse();
    void updateSizeLabel();
    void updateFrameLabel();

    QSize m_sourceSize;
    Kind m_kind;
    QLineEdit* m_path = nullptr;
    QSpinBox* m_scale = nullptr;
    QSpinBox* m_delay = nullptr;
    QSpinBox* m_every = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QLabel* m_frameLabel = nullptr;
    std::function<int(int)> m_frameCounter;
};

} // namespace genlab::ui
