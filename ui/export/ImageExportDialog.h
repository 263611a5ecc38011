#pragma once

#include <QDialog>
#include <QSize>

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

    // A scale that makes a small picture at least about 400 pixels wide (1 for large ones).
    static int suggestedScale(QSize sourceSize);

private:
    void browse();
    void updateSizeLabel();

    QSize m_sourceSize;
    Kind m_kind;
    QLineEdit* m_path = nullptr;
    QSpinBox* m_scale = nullptr;
    QSpinBox* m_delay = nullptr;
    QSpinBox* m_every = nullptr;
    QLabel* m_sizeLabel = nullptr;
};

} // namespace genlab::ui
