#include "EvaluationFigures.h"

namespace genlab::metrics {

models::StepMetrics EvaluationFigures::namedValues() const
{
    models::StepMetrics values;
    if (coverage) {
        values.append({kModes, double(coverage->modes)});
        values.append({kHq, coverage->hq});
        values.append({kRkl, coverage->rkl});
        values.append({kTopTwoShare, coverage->topTwoShare});
    }
    if (testLoss) {
        values.append({kTestLoss, testLoss->loss});
        values.append({kTestRecon, testLoss->reconstruction});
        values.append({kTestKl, testLoss->kl});
        for (size_t i = 0; i < testLoss->klPerDimension.size(); ++i)
            values.append({testKlOfDimension(int(i)), testLoss->klPerDimension[i]});
    }
    if (images) {
        values.append({kSharpness, images->sharpness});
        values.append({kDiversity, images->diversity});
        if (images->classes) {
            values.append({kClassesCovered, double(images->classes->covered)});
            values.append({kClassKl, images->classes->klToUniform});
            values.append({kClassifierFrechet, images->classes->frechetDistance});
            values.append({kConfidentShare, images->classes->confidentShare});
        }
    }
    return values;
}

} // namespace genlab::metrics
