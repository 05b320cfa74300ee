#include "englishcatalogue.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Vantage::Testing {

bool installEnglishCatalogue()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/vantage_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace Vantage::Testing
