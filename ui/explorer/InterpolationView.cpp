#include "InterpolationView.h"

#include "explore/ChunkedDecoder.h"
#include "explore/ImageMosaic.h"
#include "explore/LatentPath.h"
#include "export/GifWriter.h"
#include "ui/export/ExportActions.h"
#include "ui/export/ImageExportDialog.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/widgets/ImageCanvas.h"

#include <qcustomplot.h>

#include <QButtonGroup>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace genlab::ui {

using explore::LatentPath;
using snapshot::ModelSnapshot;

namespace {
constexpr int kDefaultFrames = 10;
constexpr int kAnimationIntervalMs = 120;
const QColor kLinearColour(31, 119, 180);
const QColor kSphericalColour(214, 39, 40);
} // namespace

InterpolationView::InterpolationView(BackgroundRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner)
{
    m_frames = new QSpinBox(this);
    m_frames->setObjectName(QStringLiteral("interpolationFrames"));
    m_frames->setRange(3, 32);
    m_frames->setValue(kDefaultFrames);
    m_frames->setToolTip(tr("Frames along each path, end points included"));
    connect(m_frames, &QSpinBox::valueChanged, this, &InterpolationView::refresh);

    auto* pickA = new QRadioButton(tr("A"), this);
    auto* pickB = new QRadioButton(tr("B"), this);
    pickA->setChecked(true);
    m_nextPick = new QButtonGroup(this);
    m_nextPick->addButton(pickA, 0);
    m_nextPick->addButton(pickB, 1);
    const QString pickTip = tr("Which end point the next click on a sample sets (then the other one)");
    pickA->setToolTip(pickTip);
    pickB->setToolTip(pickTip);

    auto button = [this](const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        return b;
    };
    QPushButton* currentA = button(tr("A = current z"), tr("Start at the code the sliders show"));
    QPushButton* currentB = button(tr("B = current z"), tr("End at the code the sliders show"));
    QPushButton* randomA = button(tr("Random A"), tr("Start at a random code from the prior"));
    QPushButton* randomB = button(tr("Random B"), tr("End at a random code from the prior"));
    connect(currentA, &QPushButton::clicked, this, [this] { setEndPoint(0, m_current); });
    connect(currentB, &QPushButton::clicked, this, [this] { setEndPoint(1, m_current); });
    connect(randomA, &QPushButton::clicked, this, [this] { randomInto(0); });
    connect(randomB, &QPushButton::clicked, this, [this] { randomInto(1); });

    m_item = new QSpinBox(this);
    m_item->setObjectName(QStringLiteral("interpolationItem"));
    m_item->setRange(0, 0);
    m_item->setToolTip(tr("A training image to encode (its index in the data set)"));
    m_itemA = button(tr("A = encoded image"), tr("Start at the encoder's code of this training image"));
    m_itemB = button(tr("B = encoded image"), tr("End at the encoder's code of this training image"));
    connect(m_itemA, &QPushButton::clicked, this, [this] { encodeItemInto(0); });
    connect(m_itemB, &QPushButton::clicked, this, [this] { encodeItemInto(1); });

    m_play = button(tr("Play"), tr("Walk both paths back and forth"));
    m_play->setObjectName(QStringLiteral("interpolationPlay"));
    m_play->setCheckable(true);
    m_timer = new QTimer(this);
    m_timer->setInterval(kAnimationIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &InterpolationView::advanceAnimation);
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        on ? m_timer->start() : m_timer->stop();
        m_play->setText(on ? tr("Stop") : tr("Play"));
    });
    QPushButton* save =
        button(tr("Save PNG\u2026"), tr("Save both strips (linear above spherical) as a PNG"));
    connect(save, &QPushButton::clicked, this, &InterpolationView::savePng);
    QPushButton* gif =
        button(tr("Save GIF\u2026"),
               tr("Save the interpolation as an animation: linear beside spherical, there and back"));
    gif->setObjectName(QStringLiteral("interpolationGif"));
    connect(gif, &QPushButton::clicked, this, &InterpolationView::saveGif);

    auto* controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Frames"), this), 0, 0);
    controls->addWidget(m_frames, 0, 1);
    controls->addWidget(new QLabel(tr("Next pick sets"), this), 0, 2);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(pickA);
    pickRow->addWidget(pickB);
    controls->addLayout(pickRow, 0, 3);
    controls->addWidget(m_play, 0, 4);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(gif);
    controls->addLayout(saveRow, 0, 5);
    controls->addWidget(currentA, 1, 0, 1, 2);
    controls->addWidget(currentB, 1, 2, 1, 2);
    controls->addWidget(randomA, 1, 4);
    controls->addWidget(randomB, 1, 5);
    controls->addWidget(new QLabel(tr("Training image"), this), 2, 0);
    controls->addWidget(m_item, 2, 1);
    controls->addWidget(m_itemA, 2, 2, 1, 2);
    controls->addWidget(m_itemB, 2, 4, 1, 2);

    m_linearCanvas = new ImageCanvas(this);
    m_linearCanvas->setObjectName(QStringLiteral("linearStrip"));
    m_linearCanvas->setMinimumSize(200, 60);
    m_linearCanvas->setMaximumHeight(150);
    m_sphericalCanvas = new ImageCanvas(this);
    m_sphericalCanvas->setObjectName(QStringLiteral("sphericalStrip"));
    m_sphericalCanvas->setMinimumSize(200, 60);
    m_sphericalCanvas->setMaximumHeight(150);
    m_linearFrame = new ImageCanvas(this);
    m_linearFrame->setMinimumSize(60, 60);
    m_sphericalFrame = new ImageCanvas(this);
    m_sphericalFrame->setMinimumSize(60, 60);
    for (ImageCanvas* frame : {m_linearFrame, m_sphericalFrame}) {
        frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
        frame->setMaximumHeight(150);
    }

    auto* strips = new QGridLayout;
    auto* linearLabel = new QLabel(tr("<b>linear</b> (lerp)"), this);
    linearLabel->setStyleSheet(QStringLiteral("color: %1").arg(kLinearColour.name()));
    auto* sphericalLabel = new QLabel(tr("<b>spherical</b> (slerp)"), this);
    sphericalLabel->setStyleSheet(QStringLiteral("color: %1").arg(kSphericalColour.name()));
    strips->addWidget(linearLabel, 0, 0);
    strips->addWidget(m_linearCanvas, 1, 0);
    strips->addWidget(m_linearFrame, 1, 1);
    strips->addWidget(sphericalLabel, 2, 0);
    strips->addWidget(m_sphericalCanvas, 3, 0);
    strips->addWidget(m_sphericalFrame, 3, 1);
    strips->setColumnStretch(0, 6);
    strips->setColumnStretch(1, 1);

    m_normPlot = new QCustomPlot(this);
    m_normPlot->setObjectName(QStringLiteral("normPlot"));
    m_normPlot->setMinimumHeight(130);
    m_normPlot->xAxis->setLabel(tr("position along the path"));
    m_normPlot->yAxis->setLabel(tr("\u2016z\u2016"));
    m_normPlot->xAxis->setRange(0.0, 1.0);
    m_normPlot->legend->setVisible(true);
    m_normPlot->legend->setFont(QFont(font().family(), 8));
    m_normPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    QCPGraph* linear = m_normPlot->addGraph();
    linear->setName(tr("linear"));
    linear->setPen(QPen(kLinearColour, 1.5));
    linear->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    QCPGraph* spherical = m_normPlot->addGraph();
    spherical->setName(tr("spherical"));
    spherical->setPen(QPen(kSphericalColour, 1.5));
    spherical->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_frameMarker = new QCPItemStraightLine(m_normPlot);
    m_frameMarker->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_frameMarker->point1->setCoords(0, 0);
    m_frameMarker->point2->setCoords(0, 1);
    m_frameMarker->setVisible(false);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(strips);
    layout->addWidget(m_normPlot, 1);
    layout->addWidget(m_status);
}

void InterpolationView::setSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    const bool newModel = !m_snapshot || !snapshot || snapshot->latentDim() != m_snapshot->latentDim();
    m_snapshot = snapshot;
    if (!snapshot)
        return;
    const bool encoder = snapshot->hasEncoder() && !snapshot->isPointModel();
    m_item->setEnabled(encoder);
    m_itemA->setEnabled(encoder);
    m_itemB->setEnabled(encoder);
    m_item->setMaximum(std::max(0, snapshot->itemCount(ModelSnapshot::Split::Train) - 1));
    if (newModel || m_a.size() != snapshot->latentDim()) {
        // Two fixed prior samples to start from, so the strip shows something at once.
        const QVector<float> codes = snapshot->randomCodes(2, 20251125);
        m_a = codes.mid(0, snapshot->latentDim());
        m_b = codes.mid(snapshot->latentDim());
    }
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

void InterpolationView::offerPickedCode(const QVector<float>& code)
{
    const int which = m_nextPick->checkedId();
    setEndPoint(which, code);
    m_nextPick->button(1 - which)->setChecked(true);
}

void InterpolationView::setEndPoints(const QVector<float>& a, const QVector<float>& b)
{
    m_a = a;
    m_b = b;
    refresh();
}

void InterpolationView::setFrameCount(int frames)
{
    m_frames->setValue(frames); // refreshes
}

void InterpolationView::setEndPoint(int which, const QVector<float>& code)
{
    if (!m_snapshot || code.size() != m_snapshot->latentDim())
        return;
    (which == 0 ? m_a : m_b) = code;
    refresh();
}

void InterpolationView::randomInto(int which)
{
    if (m_snapshot)
        setEndPoint(which, m_snapshot->randomCodes(1, 0x5eed0000u + m_randomSeed++));
}

void InterpolationView::encodeItemInto(int which)
{
    if (!m_snapshot || !m_snapshot->hasEncoder())
        return;
    // One image through an MLP encoder: fast enough for the GUI thread.
    setEndPoint(which, m_snapshot->encodeItems(ModelSnapshot::Split::Train, {m_item->value()}));
}

void InterpolationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void InterpolationView::refresh()
{
    m_dirty = false;
    if (!m_snapshot || m_snapshot->isPointModel() || m_a.isEmpty() || m_b.size() != m_a.size())
        return;
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    const QVector<float> a = m_a, b = m_b;
    const int frames = m_frames->value();
    QPointer<InterpolationView> self(this);
    m_runner->submit(
        QStringLiteral("interpolation"), [snapshot, a, b, frames, self]() -> BackgroundRunner::Apply {
            const int dim = snapshot->latentDim();
            const QVector<float> linearCodes =
                LatentPath::interpolate(a, b, frames, LatentPath::Mode::Linear);
            const QVector<float> sphericalCodes =
                LatentPath::interpolate(a, b, frames, LatentPath::Mode::Spherical);
            const QVector<QImage> linearFrames = explore::ChunkedDecoder::images(*snapshot, linearCodes);
            const QVector<QImage> sphericalFrames =
                explore::ChunkedDecoder::images(*snapshot, sphericalCodes);
            const QImage linear = explore::ImageMosaic::tile(linearFrames, frames);
            const QImage spherical = explore::ImageMosaic::tile(sphericalFrames, frames);
            const QVector<double> linearNorms = LatentPath::norms(linearCodes, dim);
            const QVector<double> sphericalNorms = LatentPath::norms(sphericalCodes, dim);
            return [=] {
                if (self)
                    self->showStrips(linear, spherical, linearFrames, sphericalFrames, linearNorms,
                                     sphericalNorms);
            };
        });
}

void InterpolationView::showStrips(const QImage& linear, const QImage& spherical,
                                   const QVector<QImage>& linearFrames,
                                   const QVector<QImage>& sphericalFrames, const QVector<double>& linearNorms,
                                   const QVector<double>& sphericalNorms)
{
    m_linearStrip = linear;
    m_sphericalStrip = spherical;
    m_linearFrames = linearFrames;
    m_sphericalFrames = sphericalFrames;
    m_linearNorms = linearNorms;
    m_sphericalNorms = sphericalNorms;
    m_linearCanvas->setImage(linear);
    m_sphericalCanvas->setImage(spherical);

    QVector<double> t(linearNorms.size());
    for (int i = 0; i < t.size(); ++i)
        t[i] = t.size() > 1 ? double(i) / double(t.size() - 1) : 0.0;
    m_normPlot->graph(0)->setData(t, linearNorms, true);
    m_normPlot->graph(1)->setData(t, sphericalNorms, true);
    double low = 0.0, high = 1.0;
    if (!linearNorms.isEmpty()) {
        low = *std::min_element(linearNorms.begin(), linearNorms.end());
        high = std::max(*std::max_element(linearNorms.begin(), linearNorms.end()),
                        *std::max_element(sphericalNorms.begin(), sphericalNorms.end()));
    }
    const double margin = std::max(0.05, 0.1 * (high - low));
    m_normPlot->yAxis->setRange(std::max(0.0, low - margin), high + margin);
    m_frame = std::min(m_frame, std::max(0, int(linearFrames.size()) - 1));
    showFrame(m_frame);
    m_status->setText(tr("Step %1. Half-way, \u2016z\u2016 is %2 on the line and %3 on the arc; codes of a "
                         "%4-dimensional standard normal have norms near %5.")
                          .arg(m_snapshot ? m_snapshot->step() : 0)
                          .arg(linearNorms.value(linearNorms.size() / 2), 0, 'f', 2)
                          .arg(sphericalNorms.value(sphericalNorms.size() / 2), 0, 'f', 2)
                          .arg(m_snapshot ? m_snapshot->latentDim() : 0)
                          .arg(std::sqrt(double(m_snapshot ? m_snapshot->latentDim() : 0)), 0, 'f', 1));
    emit updated();
}

void InterpolationView::showFrame(int frame)
{
    if (frame < 0 || frame >= m_linearFrames.size() || frame >= m_sphericalFrames.size())
        return;
    m_linearFrame->setImage(m_linearFrames[frame]);
    m_sphericalFrame->setImage(m_sphericalFrames[frame]);
    const double t = m_linearFrames.size() > 1 ? double(frame) / double(m_linearFrames.size() - 1) : 0.0;
    m_frameMarker->point1->setCoords(t, 0);
    m_frameMarker->point2->setCoords(t, 1);
    m_frameMarker->setVisible(true);
    m_normPlot->replot(QCustomPlot::rpQueuedReplot);
}

void InterpolationView::advanceAnimation()
{
    const int count = m_linearFrames.size();
    if (count < 2)
        return;
    if (m_frame + m_direction < 0 || m_frame + m_direction >= count)
        m_direction = -m_direction;
    m_frame += m_direction;
    showFrame(m_frame);
}

QImage InterpolationView::stripsImage() const
{
    if (m_linearStrip.isNull() || m_sphericalStrip.isNull())
        return {};
    QImage both(m_linearStrip.width(), m_linearStrip.height() + m_sphericalStrip.height(),
                QImage::Format_RGB32);
    QPainter painter(&both);
    painter.drawImage(0, 0, m_linearStrip);
    painter.drawImage(0, m_linearStrip.height(), m_sphericalStrip);
    return both;
}

void InterpolationView::savePng()
{
    const QImage image = stripsImage();
    if (image.isNull())
        return;
    ImageExportDialog dialog(this, image.size(), ImageExportDialog::Kind::Picture,
                             QStringLiteral("interpolation.png"));
    dialog.setScale(2);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        ExportActions::savePicture(image, dialog.scale(), dialog.path());
        m_status->setText(tr("Saved %1").arg(dialog.path()));
    } catch (const std::exception& error) {
        m_status->setText(QString::fromUtf8(error.what()));
    }
}

QVector<QImage> InterpolationView::animationFrames() const
{
    QVector<QImage> frames;
    const int count = int(std::min(m_linearFrames.size(), m_sphericalFrames.size()));
    // There and back, so that the GIF loops without a jump.
    QVector<int> order;
    for (int i = 0; i < count; ++i)
        order.append(i);
    for (int i = count - 2; i > 0; --i)
        order.append(i);
    for (int i : order) {
        const QImage& linear = m_linearFrames[i];
        const QImage& spherical = m_sphericalFrames[i];
        QImage frame(linear.width() + spherical.width() + 2, std::max(linear.height(), spherical.height()),
                     QImage::Format_RGB32);
        frame.fill(QColor(128, 128, 128));
        QPainter painter(&frame);
        painter.drawImage(0, 0, linear);
        painter.drawImage(linear.width() + 2, 0, spherical);
        painter.end();
        frames.append(frame);
    }
    return frames;
}

void InterpolationView::saveGif()
{
    const QVector<QImage> frames = animationFrames();
    if (frames.size() < 2)
        return;
    ImageExportDialog dialog(this, frames.first().size(), ImageExportDialog::Kind::Animation,
                             QStringLiteral("interpolation.gif"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    exporting::GifWriter::Options options;
    options.delayMs = dialog.delayMs();
    options.scale = dialog.scale();
    QVector<QImage> kept;
    for (int i = 0; i < frames.size(); i += dialog.everyNth())
        kept.append(frames[i]);
    try {
        exporting::GifWriter::write(dialog.path(), kept, options);
        m_status->setText(tr("Saved %1 (%2 frames)").arg(dialog.path()).arg(kept.size()));
    } catch (const std::exception& error) {
        m_status->setText(QString::fromUtf8(error.what()));
    }
}

} // namespace genlab::ui
