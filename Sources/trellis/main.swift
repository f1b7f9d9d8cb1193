import TrellisCLI

TrellisCommand.main(plugins: [])
