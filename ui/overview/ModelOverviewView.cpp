#include "ModelOverviewView.h"

#include "explore/ImageMosaic.h"
#include "imaging/PointColours.h"
#include "imaging/PointsImage.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/jobs/CalmRefresh.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>

#include <cmath>

namespace genlab::ui {

namespace {

using Part = ModelDiagram::Part;
using Content = ModelDiagram::Content;
using snapshot::ModelSnapshot;

constexpr int kImagesShown = 16;  // a 4 x 4 mosaic in an image box
constexpr int kPointsShown = 600; // points drawn in a 2-D box
constexpr int kPosteriorItems = 300;
constexpr quint64 kCodeSeed = 20261203;
const QSize kPointsPicture(160, 160);

QColor partColour(Part part)
{
    switch (part) {
    case Part::Discriminator:
        return QColor(200, 40, 40);
    case Part::Generator:
        return imaging::PointColours::kGenerated;
    case Part::Autoencoder:
        return QColor(31, 119, 180);
    }
    return Qt::black;
}

QImage mosaicOf(const QVector<QImage>& images)
{
    return images.isEmpty() ? QImage() : explore::ImageMosaic::tile(images, 4);
}

QVector<QPointF> pointsOf(const QVector<float>& codes, int latentDim)
{
    QVector<QPointF> points;
    for (int i = 0; i + latentDim <= codes.size(); i += latentDim)
        points << QPointF(codes[i], latentDim > 1 ? codes[i + 1] : 0.0);
    return points;
}

// Which half of a training step a reported row comes from, by the losses it holds.
QSet<Part> partsOf(const models::StepMetrics& row)
{
    QSet<Part> parts;
    for (const models::NamedValue& value : row) {
        if (value.name == QLatin1String("loss_d"))
            parts << Part::Discriminator;
        else if (value.name == QLatin1String("loss_g") || value.name == QLatin1String("loss_dec"))
            parts << Part::Generator;
        else if (value.name == QLatin1String("loss") || value.name == QLatin1String("loss_enc"))
            parts << Part::Autoencoder;
    }
    return parts;
}

// The numbers a box prints, by the metrics the models report.
QStringList metricsOf(const ModelDiagram::Box& box)
{
    if (box.id == QLatin1String("D"))
        return {QStringLiteral("d_real"), QStringLiteral("d_fake")};
    if (box.id == QLatin1String("lossD"))
        return {QStringLiteral("loss_d"), QStringLiteral("wasserstein"), QStringLiteral("gp")};
    if (box.id == QLatin1String("lossG"))
        return {QStringLiteral("loss_g")};
    if (box.id == QLatin1String("G") || box.id == QLatin1String("decoder"))
        return {QStringLiteral("grad_g")}; // the gradient that reaches the generator
    if (box.id == QLatin1String("loss"))
        return {QStringLiteral("loss"), QStringLiteral("recon"), QStringLiteral("kl")};
    if (box.id == QLatin1String("difference"))
        return {QStringLiteral("vi_reg")};
    return {};
}

void drawHistogram(QPainter& painter, const QRectF& area, const QVector<float>& values, double low,
                   double high, const QColor& colour, const QString& label)
{
    constexpr int kBins = 24;
    QVector<int> bins(kBins, 0);
    for (float value : values) {
        const int bin = int(std::floor((value - low) / (high - low) * kBins));
        if (bin >= 0 && bin < kBins)
            ++bins[bin];
    }
    const int highest = std::max(1, *std::max_element(bins.begin(), bins.end()));
    const double width = area.width() / kBins;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (int i = 0; i < kBins; ++i) {
        const double height = (area.height() - 12) * bins[i] / highest;
        painter.drawRect(QRectF(area.left() + i * width, area.bottom() - height, width - 1, height));
    }
    painter.setPen(Qt::darkGray);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 12), Qt::AlignLeft | Qt::AlignTop, label);
}

} // namespace

ModelOverviewView::ModelOverviewView(BackgroundRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner)
{
    setMinimumSize(560, 320);
    setMouseTracking(false);
    m_calm = new CalmRefresh(
        kMinimumRefreshMs, [this] { refresh(); }, this);
    m_pulse = new QTimer(this);
    m_pulse->setInterval(kPulseMs);
    connect(m_pulse, &QTimer::timeout, this, &ModelOverviewView::pulse);
    m_pulse->start();
    m_walk = new QTimer(this);
    m_walk->setInterval(kWalkBoxMs);
    connect(m_walk, &QTimer::timeout, this, &ModelOverviewView::walkOn);
}

void ModelOverviewView::setSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    if (!m_snapshot || m_snapshot->modelKind() != snapshot->modelKind()) {
        m_diagram = ModelDiagram::forModel(snapshot->modelKind());
        m_pictures.clear();
        m_mu.clear();
        m_sigma.clear();
        m_last.clear();
    }
    m_snapshot = snapshot;
    if (!isVisible()) {
        m_dirty = true;
        update();
        return;
    }
    m_calm->request();
}

void ModelOverviewView::clear()
{
    m_snapshot.reset();
    m_diagram = ModelDiagram();
    m_pictures.clear();
    m_mu.clear();
    m_sigma.clear();
    m_last.clear();
    m_lit.clear();
    m_walk->stop();
    m_walkStage = m_walkBox = -1;
    update();
}

void ModelOverviewView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ModelOverviewView::refresh()
{
    m_dirty = false;
    if (!m_snapshot)
        return;
    m_calm->markRefreshed();
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    const ModelDiagram diagram = m_diagram;
    QPointer<ModelOverviewView> self(this);
    m_runner->submit(QStringLiteral("modelOverview"), [snapshot, diagram, self]() -> BackgroundRunner::Apply {
        Pictures pictures = draw(*snapshot, diagram);
        return [self, snapshot, pictures] {
            if (!self || self->m_snapshot != snapshot)
                return;
            self->m_pictures = pictures.images;
            self->m_mu = pictures.mu;
            self->m_sigma = pictures.sigma;
            self->m_step = pictures.step;
            self->update();
            emit self->picturesUpdated();
        };
    });
}

ModelOverviewView::Pictures ModelOverviewView::draw(const ModelSnapshot& snapshot,
                                                    const ModelDiagram& diagram)
{
    Pictures pictures;
    pictures.step = snapshot.step();
    const int latent = snapshot.latentDim();
    const bool points = snapshot.isPointModel();
    const ModelSnapshot::Split train = ModelSnapshot::Split::Train;
    const ModelSnapshot::Split heldOut =
        snapshot.itemCount(ModelSnapshot::Split::Test) > 0 ? ModelSnapshot::Split::Test : train;

    QVector<QPointF> real;
    QVector<QImage> realImages;
    const int realCount = std::min(points ? kPointsShown : kImagesShown, snapshot.itemCount(train));
    for (int i = 0; i < realCount; ++i) {
        if (points)
            real << snapshot.itemPoint(train, i);
        else
            realImages << snapshot.itemImage(train, i);
    }
    const QRectF area = points ? imaging::PointsImage::areaFor(real, {}) : QRectF();

    const QVector<float> codes = snapshot.randomCodes(points ? kPointsShown : kImagesShown, kCodeSeed);
    const QVector<QPointF> noise = pointsOf(codes, latent);
    pictures.images.insert(QStringLiteral("z"),
                           imaging::PointsImage::render(noise, {}, QRectF(-3, -3, 6, 6), kPointsPicture));
    if (points) {
        pictures.images.insert(QStringLiteral("x"),
                               imaging::PointsImage::render({}, real, area, kPointsPicture));
        pictures.images.insert(
            QStringLiteral("fake"),
            imaging::PointsImage::render(snapshot.decodePoints(codes), real, area, kPointsPicture));
    } else {
        pictures.images.insert(QStringLiteral("x"), mosaicOf(realImages));
        pictures.images.insert(QStringLiteral("fake"), mosaicOf(snapshot.decodeImages(codes)));
    }
    if (points && snapshot.hasCritic() && diagram.box(QStringLiteral("D"))) {
        // D over the plane, as in the mode-collapse lab: where it says "real" (red) and "fake".
        constexpr int kCells = 48;
        const QVector<double> values = snapshot.criticGrid(area, kCells, kCells);
        double low = 0.0, high = 0.0;
        for (double value : values) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
        QImage heat(kCells, kCells, QImage::Format_RGB32);
        for (int row = 0; row < kCells; ++row)
            for (int column = 0; column < kCells; ++column) {
                const double value = values.value(row * kCells + column);
                const double t = high > low ? (value - low) / (high - low) : 0.5;
                heat.setPixel(column, kCells - 1 - row,
                              qRgb(int(255 * t + 245 * (1 - t)), int(245 - 150 * t), int(245 - 150 * t)));
            }
        pictures.images.insert(QStringLiteral("D"), heat.scaled(kPointsPicture));
    }

    if (snapshot.hasEncoder()) {
        // One encoder pass over the held-out items serves the histograms, the codes and the
        // reconstructions (the means of the first `shown` items).
        const int shown = std::min(points ? kPointsShown : kImagesShown, snapshot.itemCount(heldOut));
        const QVector<float> posterior = snapshot.posteriorOfHeldOut(std::max(shown, kPosteriorItems));
        QVector<float> means;
        for (int i = 0; i + 2 * latent <= posterior.size(); i += 2 * latent) {
            means += posterior.mid(i, latent);
            if (i < kPosteriorItems * 2 * latent)
                pictures.sigma += posterior.mid(i + latent, latent);
        }
        pictures.mu = means.mid(0, kPosteriorItems * latent);
        const QVector<float> encoded = means.mid(0, shown * latent);
        if (points) {
            QVector<QPointF> originals;
            for (int index = 0; index < shown; ++index)
                originals << snapshot.itemPoint(heldOut, index);
            pictures.images.insert(QStringLiteral("xhat"),
                                   imaging::PointsImage::render(snapshot.decodePoints(encoded), originals,
                                                                area, kPointsPicture));
        } else {
            pictures.images.insert(QStringLiteral("xhat"), mosaicOf(snapshot.decodeImages(encoded)));
        }
        // The code z of a VAE comes from q(z|x): the first two coordinates of the means of
        // held-out x, rather than the prior's noise.
        if (diagram.kind == QLatin1String("vae"))
            pictures.images.insert(QStringLiteral("z"),
                                   imaging::PointsImage::render(pointsOf(pictures.mu, latent), {},
                                                                QRectF(-3, -3, 6, 6), kPointsPicture));
    }
    return pictures;
}

void ModelOverviewView::addMetrics(const run::MetricsBatch& batch)
{
    for (const models::StepMetrics& row : batch.rows) {
        for (const models::NamedValue& value : row)
            m_last.insert(value.name, value.value);
        m_computedSincePulse.unite(partsOf(row));
    }
    if (!batch.rows.isEmpty())
        update();
}

// While steps keep coming, the halves they computed light in turn, in the order a step runs
// them; with no step since the last pulse, nothing is lit.
void ModelOverviewView::pulse()
{
    if (isWalking())
        return;
    const QSet<Part> computed = std::exchange(m_computedSincePulse, {});
    QSet<Part> lit;
    if (!computed.isEmpty() && !m_diagram.stages.isEmpty()) {
        for (int tries = 0; tries < m_diagram.stages.size() && lit.isEmpty(); ++tries) {
            const Part part = m_diagram.stages[m_pulseTurn % m_diagram.stages.size()].part;
            ++m_pulseTurn;
            if (computed.contains(part))
                lit << part;
        }
    }
    if (lit != m_lit) {
        m_lit = lit;
        update();
    }
}

void ModelOverviewView::setWalkBoxMs(int ms)
{
    m_walk->setInterval(ms);
}

void ModelOverviewView::startSlowStep()
{
    if (m_diagram.stages.isEmpty() || isWalking())
        return;
    m_walkStage = 0;
    m_walkBox = 0;
    m_lit = {m_diagram.stages[0].part};
    m_walk->start();
    update();
    emit boxWalked(walkedBox());
}

void ModelOverviewView::walkOn()
{
    if (!isWalking())
        return;
    ++m_walkBox;
    if (m_walkBox >= m_diagram.stages[m_walkStage].boxes.size()) {
        m_walkBox = 0;
        ++m_walkStage;
    }
    if (m_walkStage >= m_diagram.stages.size()) {
        m_walk->stop();
        m_walkStage = m_walkBox = -1;
        m_lit.clear();
        update();
        emit stepWalked();
        return;
    }
    m_lit = {m_diagram.stages[m_walkStage].part};
    update();
    emit boxWalked(walkedBox());
}

QString ModelOverviewView::walkedBox() const
{
    return isWalking() ? m_diagram.stages[m_walkStage].boxes[m_walkBox] : QString();
}

QRectF ModelOverviewView::boxRect(const ModelDiagram::Box& box) const
{
    const double cellWidth = width() / double(std::max(1, m_diagram.columns));
    const double cellHeight = height() / double(std::max(1, m_diagram.rows));
    const QPointF centre((box.cell.x() + 0.5) * cellWidth, (box.cell.y() + 0.5) * cellHeight);
    const double boxWidth = cellWidth * 0.84;
    // A network or a loss holds its title, formula and a number or two; a box with a picture
    // is about square under its title. Neither fills a tall cell, so the arrows show between.
    const double textHeight = QFontMetricsF(font()).height() * 4.2;
    const bool textOnly =
        box.content == Content::Network || box.content == Content::Loss || box.content == Content::Difference;
    // Title, a formula of up to two lines, then one line per number the box prints.
    const double lineHeight = QFontMetricsF(font()).height();
    const double wanted =
        textOnly ? lineHeight * (4.2 + double(metricsOf(box).size())) + 10 : boxWidth + textHeight * 0.8;
    const double boxHeight = std::min(cellHeight * 0.86, wanted);
    return QRectF(centre.x() - boxWidth / 2, centre.y() - boxHeight / 2, boxWidth, boxHeight);
}

QString ModelOverviewView::boxAt(QPoint position) const
{
    for (const ModelDiagram::Box& box : m_diagram.boxes)
        if (boxRect(box).contains(position))
            return box.id;
    return {};
}

void ModelOverviewView::mousePressEvent(QMouseEvent* event)
{
    const QString id = boxAt(event->position().toPoint());
    if (!id.isEmpty() && event->button() == Qt::LeftButton)
        emit boxClicked(id);
    QWidget::mousePressEvent(event);
}

bool ModelOverviewView::arrowLit(const ModelDiagram::Arrow& arrow) const
{
    if (!m_lit.contains(arrow.part))
        return false;
    if (!isWalking())
        return true;
    // Slow motion: the arrows into the boxes this stage has reached so far.
    const QStringList& boxes = m_diagram.stages[m_walkStage].boxes;
    const int to = boxes.indexOf(arrow.to);
    return to >= 0 && to <= m_walkBox && boxes.indexOf(arrow.from) >= 0;
}

void ModelOverviewView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_diagram.boxes.isEmpty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Train a model (or open a run) to see its data flow here."));
        return;
    }
    for (const ModelDiagram::Arrow& arrow : m_diagram.arrows)
        paintArrow(painter, arrow, arrowLit(arrow));
    for (const ModelDiagram::Box& box : m_diagram.boxes)
        paintBox(painter, box, boxRect(box));
    painter.setPen(palette().text().color());
    painter.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignBottom,
                     tr("step %1").arg(m_snapshot ? m_snapshot->step() : m_step));
}

void ModelOverviewView::paintArrow(QPainter& painter, const ModelDiagram::Arrow& arrow, bool lit) const
{
    const ModelDiagram::Box* from = m_diagram.box(arrow.from);
    const ModelDiagram::Box* to = m_diagram.box(arrow.to);
    if (!from || !to)
        return;
    const QRectF a = boxRect(*from);
    const QRectF b = boxRect(*to);
    // From the edge of one box to the edge of the other, along the line between the centres.
    const QPointF start = a.center();
    const QPointF end = b.center();
    const auto edge = [](const QRectF& box, QPointF inside, QPointF outside) {
        const QPointF direction = outside - inside;
        const double sx = direction.x() == 0 ? 1e9 : (box.width() / 2) / std::abs(direction.x());
        const double sy = direction.y() == 0 ? 1e9 : (box.height() / 2) / std::abs(direction.y());
        return inside + direction * std::min({sx, sy, 1.0});
    };
    const QPointF p = edge(a, start, end);
    const QPointF q = edge(b, end, start);
    const QColor colour = lit ? partColour(arrow.part) : QColor(170, 170, 170);
    painter.setPen(QPen(colour, lit ? 3.0 : 1.4));
    painter.drawLine(p, q);
    const double angle = std::atan2(q.y() - p.y(), q.x() - p.x());
    const double head = lit ? 11 : 8;
    QPainterPath tip;
    tip.moveTo(q);
    tip.lineTo(q - QPointF(std::cos(angle - 0.4) * head, std::sin(angle - 0.4) * head));
    tip.lineTo(q - QPointF(std::cos(angle + 0.4) * head, std::sin(angle + 0.4) * head));
    tip.closeSubpath();
    painter.fillPath(tip, colour);
}

void ModelOverviewView::paintBox(QPainter& painter, const ModelDiagram::Box& box, const QRectF& rect) const
{
    const bool walked = walkedBox() == box.id;
    painter.setPen(QPen(walked ? partColour(m_diagram.stages[m_walkStage].part) : QColor(120, 120, 120),
                        walked ? 3.5 : 1.2));
    painter.setBrush(walked ? QColor(255, 248, 225) : QColor(250, 250, 250));
    painter.drawRoundedRect(rect, 8, 8);

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette().text().color());
    const QFontMetricsF titleMetrics(titleFont);
    QRectF text = rect.adjusted(6, 4, -6, -4);
    // Long titles ("reconstruction x_hat" in a narrow box) wrap instead of being cut.
    const QRectF titleRect = titleMetrics.boundingRect(text, Qt::AlignHCenter | Qt::TextWordWrap, box.title);
    painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, box.title);
    text.setTop(text.top() + titleRect.height());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    if (!box.formula.isEmpty()) {
        const QFontMetricsF smallMetrics(small);
        const QRectF formulaRect(text.left(), text.top(), text.width(), smallMetrics.height() * 2);
        painter.setPen(QColor(90, 90, 90));
        painter.drawText(formulaRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, box.formula);
        text.setTop(text.top() +
                    smallMetrics.boundingRect(formulaRect, Qt::AlignHCenter | Qt::TextWordWrap, box.formula)
                        .height() +
                    2);
    }
    paintContent(painter, box, text);
    painter.setFont(font());
}

void ModelOverviewView::paintContent(QPainter& painter, const ModelDiagram::Box& box,
                                     const QRectF& area) const
{
    if (area.height() < 12)
        return;
    QStringList lines;
    for (const QString& metric : metricsOf(box))
        if (m_last.contains(metric))
            lines << QStringLiteral("%1 = %2").arg(metric).arg(m_last.value(metric), 0, 'g', 3);
    const double lineHeight = QFontMetricsF(painter.font()).height();
    QRectF picture = area;
    picture.setBottom(area.bottom() - lines.size() * lineHeight);
    const QRectF text(area.left(), picture.bottom(), area.width(), area.bottom() - picture.bottom());

    const QImage image = m_pictures.value(box.id);
    if (!image.isNull() && picture.height() > 8) {
        QSizeF size = image.size();
        size.scale(picture.size(), Qt::KeepAspectRatio);
        painter.drawImage(
            QRectF(picture.center().x() - size.width() / 2, picture.top(), size.width(), size.height()),
            image);
    } else if (box.content == Content::Posterior && !m_mu.isEmpty()) {
        const QRectF top(area.left(), area.top(), area.width(), area.height() / 2 - 2);
        const QRectF bottom(area.left(), area.top() + area.height() / 2 + 2, area.width(),
                            area.height() / 2 - 2);
        drawHistogram(painter, top, m_mu, -3.0, 3.0, QColor(31, 119, 180), tr("mu in [-3, 3]"));
        drawHistogram(painter, bottom, m_sigma, 0.0, 1.5, QColor(44, 160, 44), tr("sigma in [0, 1.5]"));
    } else if (box.content == Content::Scores && m_last.contains(QStringLiteral("d_real")) &&
               m_last.contains(QStringLiteral("d_fake")) && m_diagram.kind != QLatin1String("wgan") &&
               m_diagram.kind != QLatin1String("wgan-gp")) {
        // D's mean probabilities as two bars: real (dark) and generated (orange).
        const double real = std::clamp(m_last.value(QStringLiteral("d_real")), 0.0, 1.0);
        const double fake = std::clamp(m_last.value(QStringLiteral("d_fake")), 0.0, 1.0);
        const double barHeight = std::min(14.0, picture.height() / 3);
        const double middle = picture.center().y();
        painter.fillRect(QRectF(picture.left(), middle - barHeight - 2, picture.width() * real, barHeight),
                         imaging::PointColours::kReal);
        painter.fillRect(QRectF(picture.left(), middle + 2, picture.width() * fake, barHeight),
                         imaging::PointColours::kGenerated);
    }
    painter.setPen(palette().text().color());
    painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop, lines.join(QLatin1Char('\n')));
}

} // namespace genlab::ui
