#include "catalogues.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Vantage::Testing {

QTranslator *installCatalogue(const QString &language)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/vantage_%1.qm").arg(language)) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

} // namespace Vantage::Testing
