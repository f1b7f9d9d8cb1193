import ClinicPlugin
import TrellisCLI

TrellisCommand.main(plugins: [ClinicPlugin()])
