#include "ImageExportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace genlab::ui {

ImageExportDialog::ImageExportDialog(QWidget* parent, QSize sourceSize, Kind kind,
                                     const QString& suggestedPath)
    : QDialog(parent), m_sourceSize(sourceSize), m_kind(kind)
{
    setWindowTitle(kind == Kind::Picture ? tr("Export picture") : tr("Export animation"));
    auto* form = new QFormLayout(this);

    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    // Wide enough for a run's file name ("20261203-150505-vigan-ring8-timeline.gif") in full.
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, &ImageExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File"), pathRow);

    m_scale = new QSpinBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(1, 16);
    m_scale->setSuffix(QStringLiteral(" \u00d7"));
    m_scale->setValue(suggestedScale(sourceSize));
    m_scale->setToolTip(tr("Each pixel becomes a block of scale \u00d7 scale pixels (no smoothing)"));
    m_sizeLabel = new QLabel(this);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_sizeLabel, 1);
    form->addRow(tr("Scale"), scaleRow);
    connect(m_scale, &QSpinBox::valueChanged, this, &ImageExportDialog::updateSizeLabel);

    if (kind == Kind::Animation) {
        m_delay = new QSpinBox(this);
        m_delay->setObjectName(QStringLiteral("exportDelay"));
        m_delay->setRange(10, 10000);
        m_delay->setSingleStep(50);
        m_delay->setValue(200);
        m_delay->setSuffix(tr(" ms"));
        form->addRow(tr("Frame delay"), m_delay);
        m_every = new QSpinBox(this);
        m_every->setObjectName(QStringLiteral("exportEvery"));
        m_every->setRange(1, 1000);
        m_every->setToolTip(tr("Keep every n-th frame (the last is always kept)"));
        form->addRow(tr("Keep every"), m_every);
        m_frameLabel = new QLabel(this);
        m_frameLabel->setObjectName(QStringLiteral("exportFrames"));
        form->addRow(tr("Result"), m_frameLabel);
        connect(m_every, &QSpinBox::valueChanged, this, &ImageExportDialog::updateFrameLabel);
        connect(m_delay, &QSpinBox::valueChanged, this, &ImageExportDialog::updateFrameLabel);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updateSizeLabel();
}

QString ImageExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ImageExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

int ImageExportDialog::scale() const
{
    return m_scale->value();
}

void ImageExportDialog::setScale(int scale)
{
    m_scale->setValue(scale);
}

int ImageExportDialog::delayMs() const
{
    return m_delay ? m_delay->value() : 0;
}

int ImageExportDialog::everyNth() const
{
    return m_every ? m_every->value() : 1;
}

int ImageExportDialog::suggestedScale(QSize sourceSize)
{
    const int side = std::max(1, std::max(sourceSize.width(), sourceSize.height()));
    return std::clamp(400 / side, 1, 16);
}

void ImageExportDialog::browse()
{
    const QString filter = m_kind == Kind::Picture ? tr("PNG images (*.png)") : tr("Animated GIF (*.gif)");
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ImageExportDialog::setFrameCounter(std::function<int(int everyNth)> counter)
{
    m_frameCounter = std::move(counter);
    updateFrameLabel();
}

QString ImageExportDialog::frameSummary() const
{
    if (!m_frameCounter)
        return {};
    const int frames = m_frameCounter(everyNth());
    const double seconds = frames * delayMs() / 1000.0;
    return frames == 1 ? tr("1 frame, %1 s").arg(seconds, 0, 'f', 1)
                       : tr("%1 frames, %2 s").arg(frames).arg(seconds, 0, 'f', 1);
}

void ImageExportDialog::updateFrameLabel()
{
    if (m_frameLabel)
        m_frameLabel->setText(frameSummary());
}

void ImageExportDialog::updateSizeLabel()
{
    const QSize size = resultSize();
    m_sizeLabel->setText(tr("%1 \u00d7 %2 pixels").arg(size.width()).arg(size.height()));
}

} // namespace genlab::ui
