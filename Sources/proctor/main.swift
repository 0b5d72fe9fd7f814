import ProctorCLI

ProctorCommand.main()
