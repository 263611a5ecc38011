#pragma once

#include <QImage>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace genlab::compare {

// What a comparison is about, sent once its models are built and its data loaded: the
// legend, the reference figures of the real data, and which figures its frames will carry.
struct ComparisonStart {
    QString name;
    QString story;
    QString data;
    QStringList labels;         // one per model, in plan order
    QVector<qint64> totalSteps; // one per model
    int stepsPerTurn = 0;

    bool images = false;
    QImage realGrid;             // 64 test (or training) images, tiled
    double realSharpness = -1.0; // the same sharpness score on those images
    QVector<QPointF> real;       // 2-D data: a fixed sample of the real points

    int modeCount = 0;   // 2-D mixtures with known modes (ring8, grid25); 0 otherwise
    int classCount = 0;  // labelled images measured by a cached classifier; 0 otherwise
    QString classesNote; // why there are no class figures, when there are none for labelled data
};

} // namespace genlab::compare

Q_DECLARE_METATYPE(genlab::compare::ComparisonStart)
